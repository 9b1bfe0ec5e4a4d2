package org.imagingnetwork.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.core.support.NetworkFixture.CT_WITH_CONTRAST;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imagingnetwork.core.jdbc.JdbiReassessmentRuns;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.rules.AppointabilityRule;
import org.imagingnetwork.core.rules.Condition;
import org.imagingnetwork.core.rules.NewRule;
import org.imagingnetwork.core.rules.RuleOutcome;
import org.imagingnetwork.core.support.CoreServices;
import org.imagingnetwork.core.support.NetworkFixture;
import org.imagingnetwork.core.support.SettableClock;
import org.imagingnetwork.core.support.TestRequests;
import org.imagingnetwork.core.time.London;
import org.junit.jupiter.api.Test;

/**
 * Once a day, on whichever instance gets there first, appointability is asked again: a contrast
 * scan whose eGFR has grown older than its rule allows goes back to VETTED with that rule on the
 * event; the same day's second call, on any instance, changes nothing. Each test uses days of its
 * own, since the day's run row is shared by the whole database.
 */
class DailyReassessmentIT {

    private final SettableClock clock = new SettableClock(Instant.parse("2031-01-10T09:00:00Z"));
    private final CoreServices core = CoreServices.create(clock);
    private final OdsCode trust = NetworkFixture.newTrust(core.jdbi());
    private final JdbiReassessmentRuns runs = new JdbiReassessmentRuns(core.jdbi());
    private final DailyReassessment daily = new DailyReassessment(core.requests(), runs, clock);

    @Test
    void anEgfrThatGrowsTooOldSendsTheRequestBackToVettedWithItsRuleOnTheEvent() {
        AppointabilityRule rule = rule(new Condition.EgfrWithinDaysIfContrast(90));
        LocalDate measured = London.clinicDay(clock.instant()).minusDays(85);
        Request request = TestRequests.received(core, CT_WITH_CONTRAST, trust);
        core.requests().accept(new RequestCommand.Accept(request.id(), "CT CAP portal venous", "staff:rad"));
        core.requests().recordEgfr(new RequestCommand.RecordEgfr(request.id(), 70, measured, "staff:nurse"));
        assertThat(state(request)).isEqualTo(RequestState.WAITING);

        int eventsBefore = core.requestRepository().history(request.id()).size();
        clock.set(Instant.parse("2031-01-15T02:00:00Z"));
        assertThat(daily.runIfDue("instance-a")).isPresent();
        assertThat(state(request)).as("eGFR 90 days old").isEqualTo(RequestState.WAITING);
        assertThat(core.requestRepository().history(request.id()))
                .as("a rule that still holds moves nothing, not even to VETTED and back")
                .hasSize(eventsBefore);

        clock.set(Instant.parse("2031-01-16T02:00:00Z"));
        Optional<DailyReassessment.Result> result = daily.runIfDue("instance-a");

        assertThat(result).hasValueSatisfying(r -> assertThat(r.lapsed()).isPositive());
        assertThat(state(request)).as("eGFR 91 days old").isEqualTo(RequestState.VETTED);
        RequestEvent lapsed = last(request);
        assertThat(lapsed.from()).contains(RequestState.WAITING);
        assertThat(lapsed.ruleId()).contains(rule.id().value());
        assertThat(lapsed.actor()).isEqualTo(DailyReassessment.ACTOR);
        assertThat(lapsed.reason()).isEqualTo("No longer appointable: rule 'Contrast safety' no longer holds");

        int events = core.requestRepository().history(request.id()).size();
        assertThat(daily.runIfDue("instance-b")).as("the day has run").isEmpty();
        assertThat(new DailyReassessment(core.requests(), runs, clock).runIfDue("instance-a"))
                .as("after a restart")
                .isEmpty();
        assertThat(core.requestRepository().history(request.id())).hasSize(events);

        core.requests()
                .recordEgfr(new RequestCommand.RecordEgfr(
                        request.id(), 72, London.clinicDay(clock.instant()), "staff:nurse"));
        assertThat(state(request)).as("a fresh eGFR").isEqualTo(RequestState.WAITING);
    }

    @Test
    void instancesRacingForTheDayRunItOnce() throws Exception {
        clock.set(Instant.parse("2031-02-03T00:05:00Z"));
        List<Callable<Optional<DailyReassessment.Result>>> instances = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String name = "instance-" + i;
            instances.add(() -> new DailyReassessment(core.requests(), new JdbiReassessmentRuns(core.jdbi()), clock)
                    .runIfDue(name));
        }
        ExecutorService pool = Executors.newFixedThreadPool(instances.size());
        int ran = 0;
        try {
            for (Future<Optional<DailyReassessment.Result>> f : pool.invokeAll(instances)) {
                ran += f.get().isPresent() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(ran).isEqualTo(1);
        boolean finished = core.jdbi()
                .withHandle(
                        h -> h.createQuery("select finished_at is not null from reassessment_run where run_day = :day")
                                .bind("day", LocalDate.of(2031, 2, 3))
                                .mapTo(Boolean.class)
                                .one());
        assertThat(finished).isTrue();
    }

    @Test
    void aRunWhoseInstanceDiedIsTakenOverAfterAnHourButNotBefore() {
        Instant started = Instant.parse("2031-03-04T00:05:00Z");
        assertThat(runs.claim(LocalDate.of(2031, 3, 4), "died", started, started.minus(Duration.ofHours(1))))
                .isTrue();

        clock.set(started.plus(Duration.ofMinutes(30)));
        assertThat(daily.runIfDue("instance-a")).isEmpty();

        clock.set(started.plus(Duration.ofMinutes(61)));
        assertThat(daily.runIfDue("instance-a")).isPresent();
    }

    private AppointabilityRule rule(Condition expiring) {
        RuleOutcome outcome = core.ruleService()
                .create(new NewRule(
                        Optional.of(trust),
                        "Contrast safety",
                        List.of(new Condition.Vetted(), new Condition.ProtocolSet(), expiring),
                        "staff:manager"));
        return ((RuleOutcome.Saved) outcome).rule();
    }

    private RequestState state(Request request) {
        return core.requestRepository().find(request.id()).orElseThrow().state();
    }

    private RequestEvent last(Request request) {
        List<RequestEvent> history = core.requestRepository().history(request.id());
        return history.get(history.size() - 1);
    }
}
