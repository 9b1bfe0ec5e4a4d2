package org.imagingnetwork.load.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.DemoNetworkLoader;
import org.imagingnetwork.core.operations.EnvironmentVariables;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.testsupport.TestDatabase;
import org.imagingnetwork.testsupport.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeding over the small demo network: what it writes, and that the network says the same. */
class SeedIT {

    /** Three days before the diary starts, so its first two weeks are ahead. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);

    private static Database database;
    private static Platform platform;

    @BeforeAll
    static void load() {
        String url = TestDatabase.get().freshDatabase("loadseed");
        database = Database.open(DatabaseSettings.of(url).withPoolSize(4));
        new DemoNetworkLoader(database).load(DemoNetwork.generate(DemoPreset.SMALL, 7, LocalDate.of(2026, 12, 7)));
        platform = Platform.fromEnvironment(
                new EnvironmentVariables(Map.of(
                        "DATABASE_URL",
                        url,
                        "REDIS_URL",
                        TestRedis.get().uri().toString(),
                        "REDIS_KEY_PREFIX",
                        TestRedis.get().keyPrefix(),
                        "PORTAL_LINK_SECRET",
                        "a-link-secret-for-the-seeding-test-0123456789")),
                CLOCK);
    }

    @AfterAll
    static void close() {
        platform.close();
        database.close();
    }

    @Test
    void eachPatientGetsOneSignInLinkAndTheAnswersToIt(@TempDir Path out) throws Exception {
        String said = Seed.run(
                Seed.Command.parse(new String[] {"patients", "--count", "8", "--out", out.toString()}),
                platform,
                CLOCK);

        List<String> lines = Files.readAllLines(out.resolve(PatientSeeding.FILE));
        assertThat(said).startsWith("8 patients");
        assertThat(lines.get(0)).isEqualTo("token,request,day,month,year,postcode");
        assertThat(lines).hasSize(9);
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split(",");
            long request = Long.parseLong(row[1]);
            // The link is the patient's who holds the request, and the answers are that patient's.
            assertThat(count(
                            """
                            select count(*) from sign_in_link l join request r on r.patient_id = l.patient_id
                            join patient p on p.id = r.patient_id
                            where r.id = :request and r.state = 'WAITING'
                              and p.date_of_birth = make_date(:year, :month, :day) and p.postcode = :postcode
                            """,
                            Map.of(
                                    "request", request,
                                    "day", Integer.parseInt(row[2]),
                                    "month", Integer.parseInt(row[3]),
                                    "year", Integer.parseInt(row[4]),
                                    "postcode", row[5])))
                    .isEqualTo(1);
        }
    }

    @Test
    void askingForMorePatientsThanTheNetworkHasSaysSoAndIssuesNoLink(@TempDir Path out) {
        long links = count("select count(*) from sign_in_link", Map.of());
        assertThatThrownBy(() -> new PatientSeeding(platform, CLOCK).seed(1_000_000))
                .hasMessageContaining("asked for 1000000");
        assertThat(count("select count(*) from sign_in_link", Map.of())).isEqualTo(links);
    }

    @Test
    void theStormFreesSlotsOffersEachAndFindsChannelPatientsItFits(@TempDir Path out) throws Exception {
        Seed.run(
                Seed.Command.parse(new String[] {
                    "storm", "--slots", "3", "--offers", "2", "--channel", "2", "--out", out.toString()
                }),
                platform,
                CLOCK);

        List<Long> slots = rows(out.resolve(StormSeeding.SLOTS_FILE)).stream()
                .map(row -> Long.parseLong(row[0]))
                .toList();
        assertThat(slots).hasSize(3);
        for (long slot : slots) {
            assertThat(count("select count(*) from slot where id = :slot and status = 'FREE'", Map.of("slot", slot)))
                    .isEqualTo(1);
            assertThat(count("select count(*) from slot_release where slot_id = :slot", Map.of("slot", slot)))
                    .isEqualTo(1);
        }
        Set<Long> requests = new HashSet<>();
        List<String[]> portal = rows(out.resolve(StormSeeding.PORTAL_FILE));
        assertThat(portal).isNotEmpty().hasSizeLessThanOrEqualTo(6);
        for (String[] row : portal) {
            long slot = Long.parseLong(row[3]);
            assertThat(slots).contains(slot);
            long request = count(
                    "select request_id from offer where id = cast(:offer as uuid) and slot_id = :slot and status = 'OPEN'",
                    Map.of("offer", row[1], "slot", slot));
            assertThat(row[2]).isEqualTo(String.valueOf(request));
            assertThat(requests.add(request))
                    .as("request %d contends once", request)
                    .isTrue();
        }
        List<String[]> channel = rows(out.resolve(StormSeeding.CHANNEL_FILE));
        assertThat(channel).isNotEmpty().hasSizeLessThanOrEqualTo(6);
        for (String[] row : channel) {
            long slot = Long.parseLong(row[0]);
            long request = Long.parseLong(row[1]);
            assertThat(slots).contains(slot);
            assertThat(requests.add(request))
                    .as("request %d contends once", request)
                    .isTrue();
            assertThat(count("""
                            select count(*) from request r join patient p on p.id = r.patient_id
                            where r.id = :request and r.state = 'WAITING' and p.nhs_number = :nhs
                            """, Map.of("request", request, "nhs", row[2]))).isEqualTo(1);
            String site = platform.queries().slot(slot).siteCode();
            assertThat(platform.choiceRequests()
                            .find(new RequestId(request))
                            .filter(r -> platform.slotChoice().offers(r, site, new SlotId(slot))))
                    .isPresent();
        }
    }

    @Test
    void channelPatientsCanBookTheSlotsTheirSearchFindsAndTheReportsAreOfBookedAppointments(@TempDir Path out)
            throws Exception {
        Seed.run(
                Seed.Command.parse(
                        new String[] {"channels", "--patients", "6", "--statuses", "4", "--out", out.toString()}),
                platform,
                CLOCK);

        List<String[]> patients = rows(out.resolve(ChannelSeeding.PATIENTS_FILE));
        assertThat(patients).hasSize(6);
        for (String[] row : patients) {
            long request = Long.parseLong(row[0]);
            assertThat(count("""
                            select count(*) from request r join patient p on p.id = r.patient_id
                            where r.id = :request and r.state = 'WAITING' and p.nhs_number = :nhs and r.exam_code = :exam
                            """, Map.of("request", request, "nhs", row[1], "exam", row[2])))
                    .isEqualTo(1);
            // What the NHS App's search finds (free slots of released sessions running the exam) the
            // booking's rules let this patient have.
            List<Long> found = database.jdbi()
                    .withHandle(h -> h.createQuery("""
                            select s.id from slot s join session se on se.id = s.session_id
                            where s.status = 'FREE' and se.status = 'RELEASED' and :exam = any(se.allowed_exams)
                              and s.starts_at > :from
                            order by md5(s.id::text) limit 20
                            """)
                            .bind("exam", row[2])
                            .bind(
                                    "from",
                                    CLOCK.instant().plus(Duration.ofDays(2)).atOffset(ZoneOffset.UTC))
                            .mapTo(Long.class)
                            .list());
            assertThat(found).isNotEmpty();
            for (long slot : found) {
                String site = platform.queries().slot(slot).siteCode();
                assertThat(platform.choiceRequests()
                                .find(new RequestId(request))
                                .filter(r -> platform.slotChoice().offers(r, site, new SlotId(slot))))
                        .as("slot %d for request %d", slot, request)
                        .isPresent();
            }
        }
        List<String[]> statuses = rows(out.resolve(ChannelSeeding.STATUSES_FILE));
        assertThat(statuses).hasSize(4);
        for (String[] row : statuses) {
            assertThat(count("""
                            select count(*) from appointment a join request r on r.id = a.request_id
                            join slot s on s.id = a.slot_id join room ro on ro.id = s.room_id
                            join site si on si.ods_code = ro.site_ods_code
                            where a.id = cast(:appointment as uuid) and a.status = 'BOOKED' and r.state = 'APPOINTED'
                              and si.trust_ods_code = :trust
                            """, Map.of("appointment", row[0], "trust", row[1])))
                    .isEqualTo(1);
        }
    }

    @Test
    void staffWorkForEveryTrustInTurnAtOneOfItsSites(@TempDir Path out) throws Exception {
        Seed.run(Seed.Command.parse(new String[] {"staff", "--count", "20", "--out", out.toString()}), platform, CLOCK);

        List<String[]> staff = rows(out.resolve(StaffSeeding.FILE));
        long trusts = count("select count(*) from trust", Map.of());
        assertThat(staff).hasSize(20);
        assertThat(staff.stream().map(row -> row[0]).distinct()).hasSize(20);
        assertThat(staff.stream().map(row -> row[1]).distinct()).hasSize((int) Math.min(trusts, 20));
        for (String[] row : staff) {
            assertThat(count(
                            "select count(*) from site where ods_code = :site and trust_ods_code = :trust",
                            Map.of("site", row[2], "trust", row[1])))
                    .isEqualTo(1);
            assertThat(row[3]).isEqualTo("2026-12-07");
        }
    }

    private static List<String[]> rows(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        return lines.subList(1, lines.size()).stream()
                .map(line -> line.split(","))
                .toList();
    }

    private static long count(String sql, Map<String, Object> binds) {
        return database.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            binds.forEach(query::bind);
            return query.mapTo(Long.class).one();
        });
    }
}
