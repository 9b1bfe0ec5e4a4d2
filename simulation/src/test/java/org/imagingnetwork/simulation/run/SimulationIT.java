package org.imagingnetwork.simulation.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.simulation.jdbc.FigureQueries;
import org.imagingnetwork.simulation.patient.Behaviour;
import org.imagingnetwork.simulation.report.WeekFigures;
import org.imagingnetwork.testsupport.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SMALL network for one week under the local policy and network choice with offers, the scanner
 * breaking down on the Tuesday: what each policy may and may not do, and the simulation's own
 * invariants, checked on the rows the services wrote.
 */
class SimulationIT {

    private static final LocalDate START = LocalDate.of(2026, 12, 7);
    private static final Scenario SCENARIO = new Scenario(
            DemoPreset.SMALL, 7, START, 1, List.of(Policy.LOCAL, Policy.NETWORK_OFFERS), 1, 0.03, 5, 0.5, 1);

    private static final Map<String, String> urls = new HashMap<>();
    private static final Map<Policy, Database> opened = new EnumMap<>(Policy.class);
    private static List<WeekFigures> weeks;

    @BeforeAll
    static void simulate() {
        Comparison comparison = new Comparison(
                name -> {
                    String url = TestDatabase.get().freshDatabase("simulation");
                    urls.put(name, url);
                    return url;
                },
                Behaviour.published(),
                new PrintStream(OutputStream.nullOutputStream()));
        weeks = comparison.run(SCENARIO);
    }

    @AfterAll
    static void close() {
        opened.values().forEach(Database::close);
    }

    /** One pool per policy's database for every test, so the tests do not run the server out of connections. */
    private static Jdbi jdbi(Policy policy) {
        return opened.computeIfAbsent(
                        policy,
                        p -> Database.connect(
                                DatabaseSettings.of(urls.get("sim_" + p.name().toLowerCase() + "_7"))))
                .jdbi();
    }

    @Test
    void theLocalPolicyNeverBooksAPatientOutsideTheirOwnTrust() {
        List<Map<String, Object>> bookings = jdbi(Policy.LOCAL)
                .withHandle(h -> h.createQuery("""
                        select r.referring_trust, si.trust_ods_code as site_trust
                        from appointment a join request r on r.id = a.request_id join slot s on s.id = a.slot_id
                        join room ro on ro.id = s.room_id join site si on si.ods_code = ro.site_ods_code
                        where a.booked_at >= :start
                        """)
                        .bind("start", London.moment(START, LocalTime.MIDNIGHT).atOffset(java.time.ZoneOffset.UTC))
                        .mapToMap()
                        .list());
        assertThat(bookings).as("the clerks booked this week").hasSizeGreaterThan(100);
        assertThat(bookings).allSatisfy(row -> assertThat(row.get("site_trust")).isEqualTo(row.get("referring_trust")));
    }

    @Test
    void networkChoiceSendsSomePatientsToAnotherTrust() {
        long elsewhere = jdbi(Policy.NETWORK_OFFERS)
                .withHandle(h -> h.createQuery("""
                        select count(*) from appointment a join request r on r.id = a.request_id
                        join slot s on s.id = a.slot_id join room ro on ro.id = s.room_id
                        join site si on si.ods_code = ro.site_ods_code
                        where a.booked_at >= :start and si.trust_ods_code <> r.referring_trust
                        """)
                        .bind("start", London.moment(START, LocalTime.MIDNIGHT).atOffset(java.time.ZoneOffset.UTC))
                        .mapTo(Long.class)
                        .one());
        assertThat(elsewhere).isPositive();
    }

    @Test
    void patientsAcceptReleasedSlotOffersAtAboutTheFastPassRate() {
        Map<String, Object> offers = jdbi(Policy.NETWORK_OFFERS)
                .withHandle(h -> h.createQuery("""
                        select count(*) as made, count(*) filter (where status = 'ACCEPTED') as accepted
                        from offer where release_id is not null
                        """).mapToMap().one());
        long made = (Long) offers.get("made");
        long accepted = (Long) offers.get("accepted");
        assertThat(made).as("offers of released slots").isGreaterThan(100);
        // 11% say yes; a few yeses come too late (another patient took the slot first) and count as gone.
        assertThat((double) accepted / made).isBetween(0.05, 0.17);
    }

    @Test
    void theLocalPolicyMakesNoOffers() {
        long offers = jdbi(Policy.LOCAL)
                .withHandle(h -> h.createQuery("select count(*) from offer")
                        .mapTo(Long.class)
                        .one());
        assertThat(offers).isZero();
    }

    @Test
    void everyRequestsHistoryIsLegalAndEndsInItsState() {
        for (Policy policy : SCENARIO.policies()) {
            Map<Long, List<Map<String, Object>>> histories = new HashMap<>();
            jdbi(policy)
                    .withHandle(h -> h.createQuery(
                                    "select request_id, from_state, to_state from request_event order by request_id, id")
                            .mapToMap()
                            .list())
                    .forEach(row -> histories
                            .computeIfAbsent((Long) row.get("request_id"), id -> new ArrayList<>())
                            .add(row));
            Map<Long, String> states = new HashMap<>();
            jdbi(policy)
                    .withHandle(h -> h.createQuery("select id, state from request")
                            .mapToMap()
                            .list())
                    .forEach(row -> states.put((Long) row.get("id"), (String) row.get("state")));
            assertThat(histories.keySet())
                    .as(policy + ": every request has events")
                    .containsAll(states.keySet());
            histories.forEach((request, events) -> {
                String previous = null;
                for (Map<String, Object> event : events) {
                    String from = (String) event.get("from_state");
                    String to = (String) event.get("to_state");
                    assertThat(from).as(policy + " request " + request).isEqualTo(previous);
                    if (from != null) {
                        assertThat(RequestState.valueOf(from).canMoveTo(RequestState.valueOf(to)))
                                .as(policy + " request " + request + ": " + from + " → " + to)
                                .isTrue();
                    }
                    previous = to;
                }
                assertThat(previous).as(policy + " request " + request).isEqualTo(states.get(request));
            });
        }
    }

    @Test
    void noSlotIsBookedTwiceAndEveryDayTheReferralsAddUp() {
        for (Policy policy : SCENARIO.policies()) {
            Jdbi jdbi = jdbi(policy);
            long doubled =
                    jdbi.withHandle(h -> h.createQuery("""
                            select count(*) from (select slot_id from appointment
                                                  where status in ('BOOKED', 'ARRIVED', 'FULFILLED')
                                                  group by slot_id having count(*) > 1) twice
                            """).mapTo(Long.class).one());
            assertThat(doubled)
                    .as(policy + ": slots with two live appointments")
                    .isZero();
            long bookedButFree =
                    jdbi.withHandle(h -> h.createQuery("""
                            select count(*) from appointment a join slot s on s.id = a.slot_id
                            where a.status in ('BOOKED', 'FULFILLED', 'NOSHOW') and s.status = 'FREE'
                            """).mapTo(Long.class).one());
            assertThat(bookedButFree)
                    .as(policy + ": appointments on slots marked free")
                    .isZero();
            for (int day = 0; day < 7; day++) {
                Instant end = London.moment(START.plusDays(day + 1), LocalTime.MIDNIGHT);
                Map<String, Object> count = jdbi.withHandle(h -> h.createQuery("""
                                with at_end as (
                                    select r.id, (select e.to_state from request_event e
                                                  where e.request_id = r.id and e.occurred_at < :end
                                                  order by e.occurred_at desc, e.id desc limit 1) as state
                                    from request r where r.received_at < :end
                                )
                                select count(*) as referred,
                                       count(*) filter (where state in ('RECEIVED', 'VETTED', 'WAITING', 'DID_NOT_ATTEND')) as waiting,
                                       count(*) filter (where state = 'APPOINTED') as appointed,
                                       count(*) filter (where state in ('REJECTED', 'CANCELLED', 'ATTENDED', 'ACQUIRED', 'REPORTED', 'AMENDED')) as closed
                                from at_end
                                """)
                        .bind("end", end.atOffset(java.time.ZoneOffset.UTC))
                        .mapToMap()
                        .one());
                assertThat((Long) count.get("referred"))
                        .as(policy + " day " + day + ": referred = waiting + appointed + closed")
                        .isEqualTo((Long) count.get("waiting")
                                + (Long) count.get("appointed")
                                + (Long) count.get("closed"));
            }
        }
    }

    @Test
    void theLongWaitsBreakdownAddsUpToTheWeeksCensus() {
        for (Policy policy : SCENARIO.policies()) {
            WeekFigures week = weeks.stream()
                    .filter(w -> w.policy().equals(policy.name()))
                    .findFirst()
                    .orElseThrow();
            List<FigureQueries.LongWait> rows = new FigureQueries(jdbi(policy)).longWaits(START.plusDays(6));
            assertThat(rows.stream().mapToInt(FigureQueries.LongWait::waiting).sum())
                    .as(policy + ": waiting")
                    .isEqualTo(week.waiting());
            assertThat(rows.stream()
                            .mapToInt(FigureQueries.LongWait::overSixWeeks)
                            .sum())
                    .as(policy + ": over six weeks")
                    .isEqualTo(week.overSixWeeks())
                    .isPositive();
            assertThat(rows)
                    .extracting(FigureQueries.LongWait::reach)
                    .contains("named sites", "travel limit", "anywhere");
        }
    }

    @Test
    void eachPolicyHasItsWeekMeasured() {
        assertThat(weeks).extracting(WeekFigures::policy).containsExactly("LOCAL", "NETWORK_OFFERS");
        assertThat(weeks).allSatisfy(week -> {
            assertThat(week.waiting()).isPositive();
            assertThat(week.scanned()).isPositive();
            assertThat(week.utilisation()).isBetween(0.0, 1.0);
        });
    }
}
