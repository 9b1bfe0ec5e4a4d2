package org.imagingnetwork.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.ClinicalNeeds;
import org.imagingnetwork.core.request.PatientPreferences;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.Protocol;
import org.imagingnetwork.core.request.Referral;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.junit.jupiter.api.Test;

class ConditionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void vettedHoldsForARequestThatPassedVettingAndIsNotYetBooked() {
        assertThat(new Condition.Vetted().holdsFor(request(RequestState.VETTED), TODAY))
                .isTrue();
        assertThat(new Condition.Vetted().holdsFor(request(RequestState.WAITING), TODAY))
                .as("asked again by the daily re-assessment")
                .isTrue();
        assertThat(new Condition.Vetted().holdsFor(request(RequestState.RECEIVED), TODAY))
                .isFalse();
        assertThat(new Condition.Vetted().holdsFor(request(RequestState.REJECTED), TODAY))
                .isFalse();
    }

    @Test
    void protocolSetHoldsOnceThereIsAProtocol() {
        assertThat(new Condition.ProtocolSet().holdsFor(request(RequestState.VETTED), TODAY))
                .isFalse();
        assertThat(new Condition.ProtocolSet()
                        .holdsFor(
                                withProtocol(new Protocol(Optional.of("PA"), OptionalInt.empty(), Optional.empty())),
                                TODAY))
                .isTrue();
    }

    @Test
    void anEgfrMustBeNoOlderThanTheDaysGivenWhenContrastIsNeeded() {
        Condition ninetyDays = new Condition.EgfrWithinDaysIfContrast(90);

        assertThat(ninetyDays.holdsFor(contrast(Optional.empty()), TODAY)).isFalse();
        assertThat(ninetyDays.holdsFor(contrast(Optional.of(TODAY.minusDays(90))), TODAY))
                .isTrue();
        assertThat(ninetyDays.holdsFor(contrast(Optional.of(TODAY.minusDays(91))), TODAY))
                .isFalse();
        assertThat(ninetyDays.holdsFor(request(RequestState.VETTED), TODAY))
                .as("no contrast")
                .isTrue();
    }

    @Test
    void sedationOrAnaestheticNeedsAWeight() {
        Condition weight = new Condition.WeightRecordedIfSedation();

        assertThat(weight.holdsFor(needs(new ClinicalNeeds(true, false, OptionalInt.empty(), false, false)), TODAY))
                .isFalse();
        assertThat(weight.holdsFor(needs(new ClinicalNeeds(false, true, OptionalInt.empty(), false, false)), TODAY))
                .isFalse();
        assertThat(weight.holdsFor(needs(new ClinicalNeeds(true, false, OptionalInt.of(30), false, false)), TODAY))
                .isTrue();
        assertThat(weight.holdsFor(request(RequestState.VETTED), TODAY))
                .as("no sedation")
                .isTrue();
    }

    @Test
    void aPlannedRequestIsDueWithinTheDaysGivenAndOthersAlwaysAre() {
        Condition twoWeeks = new Condition.DueWithinDaysIfPlanned(14);

        assertThat(twoWeeks.holdsFor(planned(TODAY.plusDays(14)), TODAY)).isTrue();
        assertThat(twoWeeks.holdsFor(planned(TODAY.plusDays(15)), TODAY)).isFalse();
        assertThat(twoWeeks.holdsFor(request(RequestState.VETTED), TODAY))
                .as("routine")
                .isTrue();
    }

    @Test
    void aRuleHoldsWhenAllItsConditionsDoAndSaysWhichAreUnmet() {
        AppointabilityRule rule = new AppointabilityRule(
                new RuleId(1),
                Optional.empty(),
                "Standard",
                true,
                List.of(
                        new Condition.Vetted(),
                        new Condition.ProtocolSet(),
                        new Condition.EgfrWithinDaysIfContrast(90)));

        assertThat(rule.holdsFor(contrast(Optional.of(TODAY)), TODAY)).isFalse();
        assertThat(rule.unmetFor(contrast(Optional.empty()), TODAY))
                .extracting(Condition::describe)
                .containsExactly("protocol set", "an eGFR within 90 days if contrast is needed");
    }

    @Test
    void dayCountsMustBeSensible() {
        assertThatThrownBy(() -> new Condition.EgfrWithinDaysIfContrast(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Condition.DueWithinDaysIfPlanned(4000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Request request(RequestState state) {
        return new Request(
                new RequestId(1),
                new PatientId(1),
                new ExamCode("XCHEST"),
                Priority.ROUTINE,
                Optional.empty(),
                new Referral(new OdsCode("ZT1"), "Dr Singh"),
                Instant.parse("2026-11-01T09:00:00Z"),
                TODAY.plusWeeks(3),
                state,
                ClinicalNeeds.none(),
                Protocol.notSet(),
                PatientPreferences.anywhere(),
                0);
    }

    private static Request withProtocol(Protocol protocol) {
        Request r = request(RequestState.VETTED);
        return new Request(
                r.id(),
                r.patient(),
                r.exam(),
                r.priority(),
                r.dueDate(),
                r.referral(),
                r.receivedAt(),
                r.breachDate(),
                r.state(),
                r.needs(),
                protocol,
                r.preferences(),
                r.version());
    }

    private static Request needs(ClinicalNeeds needs) {
        Request r = request(RequestState.VETTED);
        return new Request(
                r.id(),
                r.patient(),
                r.exam(),
                r.priority(),
                r.dueDate(),
                r.referral(),
                r.receivedAt(),
                r.breachDate(),
                r.state(),
                needs,
                r.protocol(),
                r.preferences(),
                r.version());
    }

    private static Request contrast(Optional<LocalDate> egfrOn) {
        Request r = needs(new ClinicalNeeds(false, false, OptionalInt.empty(), false, true));
        return new Request(
                r.id(),
                r.patient(),
                r.exam(),
                r.priority(),
                r.dueDate(),
                r.referral(),
                r.receivedAt(),
                r.breachDate(),
                r.state(),
                r.needs(),
                new Protocol(Optional.empty(), egfrOn.isPresent() ? OptionalInt.of(70) : OptionalInt.empty(), egfrOn),
                r.preferences(),
                r.version());
    }

    private static Request planned(LocalDate due) {
        Request r = request(RequestState.VETTED);
        return new Request(
                r.id(),
                r.patient(),
                r.exam(),
                Priority.PLANNED,
                Optional.of(due),
                r.referral(),
                r.receivedAt(),
                r.breachDate(),
                r.state(),
                r.needs(),
                r.protocol(),
                r.preferences(),
                r.version());
    }
}
