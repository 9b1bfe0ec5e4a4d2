package org.imagingnetwork.portal.support;

import com.nimbusds.jose.JOSEObjectType;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DemoNetworkLoader;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.portal.signin.SignInLinks;
import org.imagingnetwork.testsupport.TestDatabase;
import org.imagingnetwork.testsupport.TestRedis;
import org.jdbi.v3.core.Jdbi;

/**
 * The portal on the database named by DATABASE_URL (the demo network, once loaded), with a local
 * NHS login stand-in on port 8089 and a Notify stand-in on 8091 whose messages are printed here.
 * Prints how to sign in as a demo patient who has a referral ready to book. An empty database is
 * first loaded with the demo network (DEMO_PRESET, FULL unless set); without DATABASE_URL or
 * REDIS_URL, embedded servers are started.
 */
public final class DemoPortal {

    private DemoPortal() {}

    public static void main(String[] args) throws Exception {
        // The configured servers, or embedded ones so a machine with only a JDK runs the demo.
        String database = env("DATABASE_URL").orElseGet(() -> TestDatabase.get().jdbcUrl());
        String redis = env("REDIS_URL").orElseGet(() -> TestRedis.get().uri().toString());
        MockOAuth2Server nhsLogin = new MockOAuth2Server();
        nhsLogin.start(java.net.InetAddress.getByName("127.0.0.1"), 8089);
        NotifyStub notify = new NotifyStub(8091, true);
        EmbeddedServer portal = ApplicationContext.run(
                EmbeddedServer.class,
                Map.of(
                        "portal.database-url",
                        database,
                        "portal.redis-url",
                        redis,
                        "portal.notify.base-url",
                        notify.baseUrl(),
                        "micronaut.security.oauth2.clients.nhslogin.openid.issuer",
                        nhsLogin.issuerUrl("nhslogin").toString()));
        Jdbi jdbi = portal.getApplicationContext().getBean(Jdbi.class);
        Optional<DemoPatient> demo = demoPatient(jdbi);
        if (jdbi.withHandle(h -> h.createQuery("select count(*) from site")
                        .mapTo(Long.class)
                        .one())
                == 0) {
            DemoPreset preset = DemoPreset.valueOf(env("DEMO_PRESET").orElse("FULL"));
            System.out.println("Loading the " + preset + " demo network...");
            new DemoNetworkLoader(portal.getApplicationContext().getBean(Database.class))
                    .load(DemoNetwork.generate(
                            preset, 42, DemoNetwork.nextMonday(java.time.Clock.system(London.ZONE))));
            demo = demoPatient(jdbi);
        }
        DemoPatient patient = demo.orElseThrow();
        String nhs = patient.nhsNumber();
        for (int i = 0; i < 50; i++) {
            nhsLogin.enqueueCallback(new DefaultOAuth2TokenCallback(
                    "nhslogin",
                    "nhs-login-" + nhs,
                    JOSEObjectType.JWT.getType(),
                    List.of("imaging-network-portal"),
                    Map.of("nhs_number", nhs, "identity_proofing_level", "P9"),
                    3600));
        }
        String link = portal.getApplicationContext()
                .getBean(SignInLinks.class)
                .url(new PatientId(patient.id()), Optional.empty());
        LocalDate dob = patient.dateOfBirth();
        System.out.printf(
                """

                Patient portal: http://localhost:%d
                Sign in as demo patient %s %s (NHS number %s), referred for %s:
                  - text-message link: %s
                    then date of birth %d %d %d and postcode %s
                  - or NHS login: http://localhost:%d/sign-in -> Continue to NHS login (the local stand-in signs you in as this patient)
                Messages the portal sends (GOV.UK Notify stand-in) are printed below. Ctrl-C stops everything.
                %n""",
                portal.getPort(),
                patient.givenName(),
                patient.familyName(),
                nhs,
                patient.exam(),
                link,
                dob.getDayOfMonth(),
                dob.getMonthValue(),
                dob.getYear(),
                patient.postcode(),
                portal.getPort());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            portal.close();
            nhsLogin.shutdown();
            notify.close();
        }));
        Thread.currentThread().join();
    }

    /**
     * A patient with a referral ready to book and free slots for its exam in the coming weeks, who
     * prefers text messages, so the demo shows the messages the portal sends, and whose referral
     * allows any site, so "choose where" shows the whole network.
     */
    private static Optional<DemoPatient> demoPatient(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select p.id, p.nhs_number, p.given_name, p.family_name, p.date_of_birth, p.postcode, e.name as exam
                        from request r join patient p on p.id = r.patient_id join exam e on e.code = r.exam_code
                        where r.state = 'WAITING' and extract(year from age(p.date_of_birth)) >= 18
                          and p.contact_preference = 'SMS'
                          and (r.acceptable_sites is null or cardinality(r.acceptable_sites) = 0)
                          and exists (select 1 from session se join slot s on s.session_id = se.id
                                      where s.status = 'FREE' and s.starts_at > now() + interval '1 day'
                                        and se.status = 'RELEASED' and r.exam_code = any(se.allowed_exams))
                        order by r.id limit 1
                        """)
                .map((rs, ctx) -> new DemoPatient(
                        rs.getLong("id"),
                        rs.getString("nhs_number"),
                        rs.getString("given_name"),
                        rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("postcode"),
                        rs.getString("exam")))
                .findOne());
    }

    private record DemoPatient(
            long id,
            String nhsNumber,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String postcode,
            String exam) {}

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
