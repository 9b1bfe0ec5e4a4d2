package org.imagingnetwork.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.core.support.NetworkFixture.CHEST_XRAY;
import static org.imagingnetwork.core.support.NetworkFixture.CT_WITH_CONTRAST;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.ReceiveOutcome;
import org.imagingnetwork.core.request.ReceiveReferral;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestCommand;
import org.imagingnetwork.core.request.RequestEvent;
import org.imagingnetwork.core.request.RequestOutcome;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.support.CoreServices;
import org.imagingnetwork.core.support.FixedClock;
import org.imagingnetwork.core.support.NetworkFixture;
import org.imagingnetwork.core.support.TestRequests;
import org.junit.jupiter.api.Test;

/** Rules kept as data move vetted requests to the waiting list when, and only when, they hold. */
class AppointabilityIT {
    private static final String STANDARD_RULE = "Vetted, protocolled, recent eGFR for contrast, weight for sedation";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final CoreServices core = CoreServices.create();
    private final OdsCode trust = NetworkFixture.newTrust(core.jdbi());

    @Test
    void theNetworksStandardRuleMakesAProtocolledXrayAppointableWhenItIsAccepted() {
        Request request = TestRequests.received(core, CHEST_XRAY, trust);

        RequestOutcome outcome =
                core.requests().accept(new RequestCommand.Accept(request.id(), "PA erect", "staff:rad"));

        AppointabilityRule standard = core.rules().definedFor(Optional.empty()).stream()
                .filter(r -> r.name().equals(STANDARD_RULE))
                .findFirst()
                .orElseThrow();
        List<RequestEvent> events = ((RequestOutcome.Changed) outcome).events();
        assertThat(events).extracting(RequestEvent::to).containsExactly(RequestState.VETTED, RequestState.WAITING);
        assertThat(events.get(1).ruleId()).contains(standard.id().value());
        assertThat(events.get(1).reason()).isEqualTo("Appointable: rule '" + STANDARD_RULE + "' holds");
        assertThat(core.requestRepository().history(request.id())).endsWith(events.toArray(RequestEvent[]::new));
        assertThat(state(request)).isEqualTo(RequestState.WAITING);
    }

    @Test
    void acceptedWithoutAProtocolARequestStaysVettedUntilOneIsSet() {
        Request request = TestRequests.received(core, CHEST_XRAY, trust);

        RequestOutcome accepted = core.requests().accept(new RequestCommand.Accept(request.id(), null, "staff:rad"));
        assertThat(((RequestOutcome.Changed) accepted).events())
                .extracting(RequestEvent::to)
                .containsExactly(RequestState.VETTED);

        RequestOutcome protocolled = core.requests()
                .setProtocol(new RequestCommand.SetProtocol(request.id(), "PA erect", "staff:radiographer"));

        assertThat(((RequestOutcome.Changed) protocolled).events())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.from()).contains(RequestState.VETTED);
                    assertThat(e.to()).isEqualTo(RequestState.WAITING);
                    assertThat(e.actor()).isEqualTo("staff:radiographer");
                });
    }

    @Test
    void aContrastScanWaitsForAnEgfrWithinNinetyDaysAndBecomesAppointableWhenOneArrives() {
        AppointabilityRule rule = rule(
                "Contrast safety",
                new Condition.Vetted(),
                new Condition.ProtocolSet(),
                new Condition.EgfrWithinDaysIfContrast(90));
        Request request = TestRequests.received(core, CT_WITH_CONTRAST, trust);
        core.requests().accept(new RequestCommand.Accept(request.id(), "CT CAP portal venous", "staff:rad"));
        assertThat(state(request)).as("no eGFR yet").isEqualTo(RequestState.VETTED);

        RequestOutcome stale = core.requests()
                .recordEgfr(new RequestCommand.RecordEgfr(request.id(), 75, TODAY.minusDays(91), "staff:nurse"));
        assertThat(((RequestOutcome.Changed) stale).events()).isEmpty();
        assertThat(state(request)).as("eGFR 91 days old").isEqualTo(RequestState.VETTED);

        RequestOutcome recent = core.requests()
                .recordEgfr(new RequestCommand.RecordEgfr(request.id(), 68, TODAY.minusDays(90), "staff:nurse"));

        assertThat(((RequestOutcome.Changed) recent).events()).singleElement().satisfies(e -> {
            assertThat(e.to()).isEqualTo(RequestState.WAITING);
            assertThat(e.ruleId()).contains(rule.id().value());
            assertThat(e.reason()).contains("Contrast safety");
        });
        Request now = core.requestRepository().find(request.id()).orElseThrow();
        assertThat(now.protocol().egfr()).hasValue(68);
        assertThat(now.protocol().egfrMeasuredOn()).contains(TODAY.minusDays(90));
        assertThat(ruleIdOnLastEvent(request)).isEqualTo(rule.id().value());
    }

    @Test
    void sedationNeedsAWeightBeforeTheRequestIsAppointable() {
        rule("Sedation safety", new Condition.ProtocolSet(), new Condition.WeightRecordedIfSedation());
        String patient = TestRequests.registeredPatient(core);
        ReceiveReferral sedated = new ReceiveReferral(
                patient,
                CHEST_XRAY,
                Priority.URGENT,
                null,
                trust.value(),
                "Dr Singh",
                true,
                false,
                null,
                false,
                false,
                Set.of(),
                null,
                null,
                null,
                "staff:booker");
        Request request = ((ReceiveOutcome.Received) core.requests().receive(sedated)).request();
        core.requests().accept(new RequestCommand.Accept(request.id(), "Sedation protocol", "staff:rad"));
        assertThat(state(request)).isEqualTo(RequestState.VETTED);

        core.requests().recordWeight(new RequestCommand.RecordWeight(request.id(), 31, "staff:nurse"));

        assertThat(state(request)).isEqualTo(RequestState.WAITING);
    }

    @Test
    void aTrustsOwnRulesReplaceTheNetworksStandardRule() {
        AppointabilityRule vettedIsEnough = rule("Vetting is enough", new Condition.Vetted());
        Request request = TestRequests.received(core, CT_WITH_CONTRAST, trust);

        core.requests().accept(new RequestCommand.Accept(request.id(), null, "staff:rad"));

        assertThat(state(request)).isEqualTo(RequestState.WAITING);
        assertThat(ruleIdOnLastEvent(request)).isEqualTo(vettedIsEnough.id().value());
        assertThat(core.rules().applicableTo(trust)).containsExactly(vettedIsEnough);
    }

    @Test
    void aNewRuleMakesTheTrustsVettedRequestsAppointableAtOnceAndADisabledOneNoLonger() {
        AppointabilityRule strict = rule("Protocol first", new Condition.ProtocolSet());
        Request first = vettedWithoutProtocol();
        Request second = vettedWithoutProtocol();

        RuleOutcome created = core.ruleService()
                .create(new NewRule(
                        Optional.of(trust), "Vetting is enough", List.of(new Condition.Vetted()), "staff:manager"));

        assertThat(((RuleOutcome.Saved) created).madeAppointable()).isEqualTo(2);
        assertThat(state(first)).isEqualTo(RequestState.WAITING);
        assertThat(state(second)).isEqualTo(RequestState.WAITING);

        RuleId lenient = ((RuleOutcome.Saved) created).rule().id();
        RuleOutcome disabled = core.ruleService().setEnabled(lenient, false, "staff:manager");
        Request third = vettedWithoutProtocol();

        assertThat(((RuleOutcome.Saved) disabled).rule().enabled()).isFalse();
        assertThat(state(third)).isEqualTo(RequestState.VETTED);
        assertThat(core.rules().applicableTo(trust)).containsExactly(strict);
    }

    @Test
    void aPlannedRequestJoinsTheWaitingListWhenItsDueDateComesNear() {
        rule("Planned: two weeks ahead", new Condition.Vetted(), new Condition.DueWithinDaysIfPlanned(14));
        String patient = TestRequests.registeredPatient(core);
        LocalDate due = TODAY.plusDays(60);
        ReceiveReferral planned = new ReceiveReferral(
                patient,
                CHEST_XRAY,
                Priority.PLANNED,
                due,
                trust.value(),
                "Dr Singh",
                false,
                false,
                null,
                false,
                false,
                Set.of(),
                null,
                null,
                null,
                "staff:booker");
        Request request = ((ReceiveOutcome.Received) core.requests().receive(planned)).request();
        core.requests().accept(new RequestCommand.Accept(request.id(), null, "staff:rad"));
        assertThat(state(request)).isEqualTo(RequestState.VETTED);

        CoreServices fiveWeeksOn =
                CoreServices.create(Clock.fixed(FixedClock.NOW.plus(Duration.ofDays(35)), ZoneOffset.UTC));
        assertThat(fiveWeeksOn.requests().reassessVetted(Optional.of(trust), "system:daily"))
                .isZero();
        CoreServices sevenWeeksOn =
                CoreServices.create(Clock.fixed(FixedClock.NOW.plus(Duration.ofDays(46)), ZoneOffset.UTC));

        assertThat(sevenWeeksOn.requests().reassessVetted(Optional.of(trust), "system:daily"))
                .isEqualTo(1);
        assertThat(state(request)).isEqualTo(RequestState.WAITING);
    }

    @Test
    void aRuleWithoutConditionsNameOrKnownTrustIsRefusedAndNothingIsSaved() {
        long rules = core.count("appointability_rule");

        RuleOutcome empty = core.ruleService().create(new NewRule(Optional.of(trust), " ", List.of(), "staff:manager"));
        RuleOutcome unknownTrust = core.ruleService()
                .create(new NewRule(
                        Optional.of(new OdsCode("ZZZ9")), "R", List.of(new Condition.Vetted()), "staff:manager"));
        RuleOutcome twice = core.ruleService()
                .create(new NewRule(
                        Optional.of(trust),
                        "R",
                        List.of(new Condition.Vetted(), new Condition.Vetted()),
                        "staff:manager"));

        assertThat(((RuleOutcome.Invalid) empty).errors())
                .extracting(e -> e.field())
                .containsExactly("name", "conditions");
        assertThat(((RuleOutcome.Invalid) unknownTrust).errors())
                .extracting(e -> e.field())
                .containsExactly("trust");
        assertThat(((RuleOutcome.Invalid) twice).errors())
                .extracting(e -> e.field())
                .containsExactly("conditions");
        assertThat(core.count("appointability_rule")).isEqualTo(rules);
    }

    @Test
    void aSecondRuleOfTheSameNameForATrustIsRefused() {
        rule("Only one", new Condition.Vetted());
        long rules = core.count("appointability_rule");

        RuleOutcome again = core.ruleService()
                .create(new NewRule(
                        Optional.of(trust), "Only one", List.of(new Condition.ProtocolSet()), "staff:manager"));

        assertThat(((RuleOutcome.Invalid) again).errors())
                .extracting(e -> e.field())
                .containsExactly("name");
        assertThat(core.count("appointability_rule")).isEqualTo(rules);
    }

    @Test
    void aRuleSetUpAndSwitchedByStaffIsAuditedWithTheirRoleAndOrganisation() {
        StaffActor manager = new StaffActor("sm1", "SERVICE_MANAGER", trust);

        RuleOutcome created = core.ruleService()
                .create(
                        new NewRule(Optional.of(trust), "Protocol only", List.of(new Condition.ProtocolSet()), null),
                        manager);
        RuleId id = ((RuleOutcome.Saved) created).rule().id();
        core.ruleService().setEnabled(id, false, manager);

        List<String> rows = core.jdbi()
                .withHandle(h -> h.createQuery("""
                        select action || ' ' || actor_role || ' ' || actor_organisation from audit_log
                        where actor = 'staff:sm1' and detail like :detail order by id""")
                        .bind("detail", "Rule " + id + "%")
                        .mapTo(String.class)
                        .list());
        assertThat(rows)
                .containsExactly(
                        "RULE_CREATED SERVICE_MANAGER " + trust.value(),
                        "RULE_DISABLED SERVICE_MANAGER " + trust.value());
        assertThat(core.rules().find(id).orElseThrow().enabled()).isFalse();
    }

    @Test
    void switchingARuleThatIsNotThereSaysSo() {
        RuleId missing = new RuleId(Long.MAX_VALUE);

        assertThat(core.ruleService().setEnabled(missing, true, "staff:manager"))
                .isEqualTo(new RuleOutcome.NotFound(missing));
    }

    private AppointabilityRule rule(String name, Condition... conditions) {
        RuleOutcome outcome =
                core.ruleService().create(new NewRule(Optional.of(trust), name, List.of(conditions), "staff:manager"));
        return ((RuleOutcome.Saved) outcome).rule();
    }

    private Request vettedWithoutProtocol() {
        Request request = TestRequests.received(core, CHEST_XRAY, trust);
        core.requests().accept(new RequestCommand.Accept(request.id(), null, "staff:rad"));
        return request;
    }

    private RequestState state(Request request) {
        return core.requestRepository().find(request.id()).orElseThrow().state();
    }

    private long ruleIdOnLastEvent(Request request) {
        return core.jdbi()
                .withHandle(h -> h.createQuery(
                                "select rule_id from request_event where request_id = :id order by id desc limit 1")
                        .bind("id", request.id().value())
                        .mapTo(Long.class)
                        .one());
    }
}
