package org.imagingnetwork.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.network.Ics;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestEvent;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.rules.AppointabilityRule;
import org.imagingnetwork.core.rules.RuleId;
import org.imagingnetwork.testsupport.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The small demo network loaded into a real, freshly migrated database and read back through the repositories. */
class DemoNetworkLoaderIT {

    private static Database database;
    private static DemoNetwork network;
    private static LoadedNetwork loaded;

    @BeforeAll
    static void load() {
        database = Database.open(DatabaseSettings.of(TestDatabase.get().freshDatabase("demoload"))
                .withPoolSize(6));
        network = DemoNetwork.generate(DemoPreset.SMALL, 11, LocalDate.of(2026, 12, 7));
        loaded = new DemoNetworkLoader(database).load(network);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void everyGeneratedRowIsInTheDatabase() {
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("ics", network.integratedCareSystems().size()),
                Map.entry("trust", network.trusts().size()),
                Map.entry("site", network.sites().size()),
                Map.entry("room", network.rooms().size()),
                Map.entry("staff", network.staff().size()),
                Map.entry("exam", network.exams().size()),
                Map.entry("session", network.sessions().size()),
                Map.entry("slot", network.slots().size()),
                Map.entry("patient", network.patients().size()),
                Map.entry("request", network.requests().size()),
                Map.entry("request_event", network.events().size()),
                Map.entry("appointment", network.appointments().size()));
        expected.forEach((table, rows) -> {
            assertThat(loaded.rows(table)).as(table).isEqualTo(rows.longValue());
            assertThat(count("select count(*) from " + table)).as(table).isEqualTo(rows.longValue());
        });
        // The network-wide rule a migration seeds is kept; the trusts' own rules come after it.
        assertThat(count("select count(*) from appointability_rule"))
                .isEqualTo(network.rules().size() + 1L);
        assertThat(loaded.offsets().rules()).isEqualTo(1);
    }

    @Test
    void everyBookedRequestNamesTheSiteOfItsLiveAppointment() {
        assertThat(count("""
                        select count(*) from request r
                        left join appointment a on a.request_id = r.id and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED')
                        left join slot s on s.id = a.slot_id
                        left join room ro on ro.id = s.room_id
                        where r.booked_site is distinct from ro.site_ods_code""")).isZero();
        assertThat(count("select count(*) from request where booked_site is not null"))
                .isEqualTo(network.appointments().stream()
                        .filter(a -> a.status().isLive())
                        .count())
                .isPositive();
    }

    @Test
    void networkReadsBackThroughTheDirectoryAsGenerated() {
        JdbiNetworkDirectory directory = new JdbiNetworkDirectory(jdbi());

        assertThat(directory.integratedCareSystems())
                .containsExactlyElementsOf(sorted(network.integratedCareSystems(), Comparator.comparing(Ics::code)));
        assertThat(directory.trusts())
                .containsExactlyElementsOf(sorted(
                        network.trusts(), Comparator.comparing(t -> t.odsCode().value())));
        assertThat(directory.sites()).containsExactlyInAnyOrderElementsOf(network.sites());
        assertThat(directory.rooms()).containsExactlyInAnyOrderElementsOf(network.rooms());
        assertThat(directory.staff()).containsExactlyInAnyOrderElementsOf(network.staff());
        assertThat(new JdbiExamCatalogue(jdbi()).all()).containsExactlyInAnyOrderElementsOf(network.exams());
    }

    @Test
    void patientsRequestsAndTheirHistoriesReadBackAsGenerated() {
        JdbiRequestRepository requests = new JdbiRequestRepository(jdbi());
        JdbiPatientRepository patients = new JdbiPatientRepository(jdbi(), Clock.systemUTC());
        Map<RequestId, List<RequestEvent>> histories =
                network.events().stream().collect(java.util.stream.Collectors.groupingBy(RequestEvent::request));

        for (int i = 0; i < network.requests().size(); i += 37) {
            Request request = network.requests().get(i);
            assertThat(requests.find(request.id())).contains(request);
            assertThat(requests.history(request.id())).containsExactlyElementsOf(shifted(histories.get(request.id())));
            assertThat(patients.find(request.patient()))
                    .contains(network.patients().get((int) request.patient().value() - 1));
        }
    }

    @Test
    void eachTrustsOwnRuleIsTheOneThatApplies() {
        JdbiRuleRepository rules = new JdbiRuleRepository(jdbi(), Clock.systemUTC());

        for (AppointabilityRule rule : network.rules()) {
            List<AppointabilityRule> applicable =
                    rules.applicableTo(rule.trust().orElseThrow());
            assertThat(applicable).hasSize(1);
            assertThat(applicable.get(0).id()).isEqualTo(new RuleId(rule.id().value() + 1));
            assertThat(applicable.get(0).conditions()).containsExactlyInAnyOrderElementsOf(rule.conditions());
        }
    }

    @Test
    void bookedSlotsHoldTheirAppointmentAndTheDatabaseStillRefusesASecond() {
        Appointment booked = network.appointments().get(0);

        assertThat(count("select count(*) from appointment where status = 'BOOKED'"))
                .isEqualTo(network.appointments().size());
        assertThat(count("select count(*) from slot where status = 'BOOKED'"))
                .isEqualTo(network.appointments().size());
        assertThatThrownBy(() -> jdbi().useHandle(h -> h.execute(
                        """
                        insert into appointment (id, request_id, slot_id, status, booked_at, booked_by)
                        values (?, ?, ?, 'BOOKED', now(), 'staff:test')
                        """,
                        UUID.randomUUID(),
                        network.requests().get(1).id().value(),
                        booked.slot().value())))
                .hasMessageContaining("appointment_one_live");
    }

    @Test
    void newRowsTakeIdsAfterTheLoadedOnes() {
        // Rolled back, so the other tests still count exactly the generated rows.
        long patient = jdbi().withHandle(h -> {
            h.begin();
            long id = h.createQuery("""
                            insert into patient (nhs_number, given_name, family_name, date_of_birth, postcode,
                                                 contact_preference, language)
                            values ('9990000018', 'New', 'Patient', '1970-01-01', 'B15 2TH', 'LETTER', 'EN')
                            returning id
                            """).mapTo(Long.class).one();
            h.rollback();
            return id;
        });

        assertThat(patient).isGreaterThan(network.patients().size());
    }

    @Test
    void refusesToLoadIntoADatabaseThatAlreadyHoldsANetwork() {
        long slots = count("select count(*) from slot");

        assertThatThrownBy(() -> new DemoNetworkLoader(database).load(network))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already holds a network");
        assertThat(count("select count(*) from slot")).isEqualTo(slots);
        assertThat(count("select count(*) from trust"))
                .isEqualTo(network.trusts().size());
    }

    private static List<RequestEvent> shifted(List<RequestEvent> events) {
        return events.stream()
                .map(e -> new RequestEvent(
                        e.request(),
                        e.occurredAt(),
                        e.actor(),
                        e.from(),
                        e.to(),
                        e.reason(),
                        e.ruleId().map(id -> id + loaded.offsets().rules())))
                .toList();
    }

    private static <T> List<T> sorted(List<T> values, Comparator<T> order) {
        return values.stream().sorted(order).toList();
    }

    private static long count(String sql) {
        return jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static Jdbi jdbi() {
        return database.jdbi();
    }
}
