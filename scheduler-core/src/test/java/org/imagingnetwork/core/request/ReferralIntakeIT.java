package org.imagingnetwork.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.core.support.NetworkFixture.CHEST_XRAY;
import static org.imagingnetwork.core.support.NetworkFixture.CT_WITH_CONTRAST;
import static org.imagingnetwork.core.support.NetworkFixture.NORTH_CDC;
import static org.imagingnetwork.core.support.NetworkFixture.TRUST_NORTH;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.support.CoreServices;
import org.imagingnetwork.core.support.FixedClock;
import org.imagingnetwork.core.support.TestRequests;
import org.imagingnetwork.core.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferralIntakeIT {
    private static final CoreServices core = CoreServices.create();
    private static final String PATIENT = TestRequests.registeredPatient(core);
    private static final List<String> TABLES = List.of("patient", "request", "request_event", "audit_log");

    @Test
    void receivesAReferralForTheRegisteredPatientWithItsFirstEventAndBreachDate() {
        ReceiveReferral referral = new ReceiveReferral(
                PATIENT.substring(0, 3) + " " + PATIENT.substring(3, 6) + " " + PATIENT.substring(6),
                CHEST_XRAY,
                Priority.ROUTINE,
                null,
                "ZT1",
                " Dr Amara Singh ",
                false,
                false,
                82,
                true,
                false,
                Set.of("ZT1CD"),
                25,
                48,
                null,
                "system:ris-ZT1");

        Request request = ((ReceiveOutcome.Received) core.requests().receive(referral)).request();

        assertThat(request.patient())
                .isEqualTo(core.patients()
                        .findByNhsNumber(new NhsNumber(PATIENT))
                        .orElseThrow()
                        .id());
        assertThat(request.state()).isEqualTo(RequestState.RECEIVED);
        assertThat(request.receivedAt()).isEqualTo(FixedClock.NOW);
        assertThat(request.breachDate()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(request.referral()).isEqualTo(new Referral(TRUST_NORTH, "Dr Amara Singh"));
        assertThat(request.needs().weightKg()).isEqualTo(OptionalInt.of(82));
        assertThat(request.needs().claustrophobic()).isTrue();
        assertThat(request.preferences().acceptableSites()).containsExactly(NORTH_CDC);
        assertThat(request.preferences().maxTravelKm()).isEqualTo(OptionalInt.of(25));
        assertThat(request.preferences().shortNotice()).contains(Duration.ofHours(48));
        assertThat(core.requestRepository().history(request.id()))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.from()).isEmpty();
                    assertThat(event.to()).isEqualTo(RequestState.RECEIVED);
                    assertThat(event.actor()).isEqualTo("system:ris-ZT1");
                    assertThat(event.occurredAt()).isEqualTo(FixedClock.NOW);
                    assertThat(event.reason()).isEqualTo("Referral from ZT1 by Dr Amara Singh");
                });
    }

    @Test
    void aContrastExamNeedsContrastWhateverTheReferrerTicked() {
        Request request = TestRequests.received(core, CT_WITH_CONTRAST, TRUST_NORTH);

        assertThat(request.needs().needsContrast()).isTrue();
    }

    @Test
    void aPlannedRequestsSixWeeksRunFromItsDueDate() {
        LocalDate due = LocalDate.of(2027, 3, 1);
        ReceiveReferral planned = with(r -> new ReceiveReferral(
                r.nhsNumber(),
                r.examCode(),
                Priority.PLANNED,
                due,
                r.referringTrust(),
                r.clinician(),
                false,
                false,
                null,
                false,
                false,
                Set.of(),
                null,
                null,
                null,
                r.actor()));

        Request request = ((ReceiveOutcome.Received) core.requests().receive(planned)).request();

        assertThat(request.dueDate()).contains(due);
        assertThat(request.breachDate()).isEqualTo(due.plusWeeks(6));
    }

    static Stream<Arguments> badReferrals() {
        return Stream.of(
                bad("unknown exam code", "examCode", r -> copy(r, Map.of("examCode", "NOSUCHEXAM"))),
                bad("malformed exam code", "examCode", r -> copy(r, Map.of("examCode", "mri brain"))),
                bad("malformed NHS number", "nhsNumber", r -> copy(r, Map.of("nhsNumber", "94347659"))),
                bad("NHS number failing its check digit", "nhsNumber", r -> copy(r, Map.of("nhsNumber", "9434765918"))),
                bad("NHS number of nobody registered", "nhsNumber", r -> copy(r, Map.of("nhsNumber", "4010232110"))),
                bad("unknown trust", "referringTrust", r -> copy(r, Map.of("referringTrust", "ZZZ9"))),
                bad("malformed trust", "referringTrust", r -> copy(r, Map.of("referringTrust", "north"))),
                bad("no clinician", "clinician", r -> copy(r, Map.of("clinician", " "))),
                bad("no actor", "actor", r -> copy(r, Map.of("actor", ""))),
                bad("unknown acceptable site", "acceptableSites", r -> copy(r, Map.of("site", "ZT9XX"))),
                bad("no priority", "priority", r -> copy(r, Map.of("priority", ""))),
                bad("planned without a due date", "dueDate", r -> copy(r, Map.of("priority", "PLANNED"))),
                bad("due date on a routine request", "dueDate", r -> copy(r, Map.of("dueDate", "2027-01-01"))),
                bad(
                        "due date before receipt",
                        "dueDate",
                        r -> copy(r, Map.of("priority", "PLANNED", "dueDate", "2026-11-01"))),
                bad("weight out of range", "weightKg", r -> copy(r, Map.of("weightKg", "0"))),
                bad("travel out of range", "maxTravelKm", r -> copy(r, Map.of("maxTravelKm", "900"))),
                bad("short notice over two weeks", "shortNoticeHours", r -> copy(r, Map.of("shortNoticeHours", "400"))),
                bad(
                        "received in the future",
                        "receivedAt",
                        r -> copy(r, Map.of("receivedAt", "2026-11-26T10:00:00Z"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReferrals")
    void badInputNamesTheFieldAndChangesNothing(String what, String field, UnaryOperator<ReceiveReferral> spoil) {
        Map<String, Long> before = counts();

        ReceiveOutcome outcome = core.requests().receive(with(spoil));

        assertThat(outcome).isInstanceOf(ReceiveOutcome.Invalid.class);
        assertThat(((ReceiveOutcome.Invalid) outcome).errors())
                .extracting(FieldError::field)
                .containsExactly(field);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void reportsEveryBadFieldOfAReferralAtOnce() {
        ReceiveReferral referral = new ReceiveReferral(
                "123",
                "NOSUCHEXAM",
                Priority.PLANNED,
                null,
                "ZZZ9",
                "",
                false,
                false,
                999,
                false,
                false,
                Set.of(),
                null,
                null,
                null,
                "system:ris");

        ReceiveOutcome outcome = core.requests().receive(referral);

        assertThat(((ReceiveOutcome.Invalid) outcome).errors())
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder(
                        "nhsNumber", "examCode", "dueDate", "referringTrust", "clinician", "weightKg");
    }

    private static Arguments bad(String what, String field, UnaryOperator<ReceiveReferral> spoil) {
        return Arguments.of(what, field, spoil);
    }

    private static ReceiveReferral with(UnaryOperator<ReceiveReferral> change) {
        return change.apply(TestRequests.routine(PATIENT, CHEST_XRAY, TRUST_NORTH));
    }

    /** The referral with some fields replaced by the text given ("" for none). */
    private static ReceiveReferral copy(ReceiveReferral r, Map<String, String> changes) {
        UnaryOperator<String> value = k -> changes.get(k).isEmpty() ? null : changes.get(k);
        return new ReceiveReferral(
                changes.containsKey("nhsNumber") ? changes.get("nhsNumber") : r.nhsNumber(),
                changes.containsKey("examCode") ? changes.get("examCode") : r.examCode(),
                changes.containsKey("priority")
                        ? Optional.ofNullable(value.apply("priority"))
                                .map(Priority::valueOf)
                                .orElse(null)
                        : r.priority(),
                changes.containsKey("dueDate") ? LocalDate.parse(changes.get("dueDate")) : r.dueDate(),
                changes.containsKey("referringTrust") ? changes.get("referringTrust") : r.referringTrust(),
                changes.containsKey("clinician") ? changes.get("clinician") : r.clinician(),
                false,
                false,
                changes.containsKey("weightKg") ? Integer.valueOf(changes.get("weightKg")) : r.weightKg(),
                false,
                false,
                changes.containsKey("site") ? Set.of(changes.get("site")) : r.acceptableSites(),
                changes.containsKey("maxTravelKm") ? Integer.valueOf(changes.get("maxTravelKm")) : r.maxTravelKm(),
                changes.containsKey("shortNoticeHours")
                        ? Integer.valueOf(changes.get("shortNoticeHours"))
                        : r.shortNoticeHours(),
                changes.containsKey("receivedAt") ? Instant.parse(changes.get("receivedAt")) : r.receivedAt(),
                changes.containsKey("actor") ? changes.get("actor") : r.actor());
    }

    private static Map<String, Long> counts() {
        return TABLES.stream().collect(Collectors.toMap(t -> t, core::count));
    }
}
