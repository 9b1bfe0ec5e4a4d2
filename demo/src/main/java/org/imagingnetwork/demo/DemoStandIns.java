package org.imagingnetwork.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.JdbiNetworkDirectory;
import org.imagingnetwork.core.jdbc.JdbiSignInLinks;
import org.imagingnetwork.core.operations.EnvironmentVariables;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.signin.LinkSettings;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.testsupport.Cis2Claims;
import org.imagingnetwork.testsupport.NotifyStub;

/**
 * What the demo runs beside the apps' jars, never deployed: local stand-ins for NHS login (port
 * 8089, signing in as the demo patient), NHS CIS2 (8088, asking for a user name and claims) and
 * GOV.UK Notify (8091, printing every message), and fresh bearer tokens for the FHIR boundary.
 * Over the loaded demo network (DATABASE_URL), with the portal's link key (PORTAL_LINK_SECRET), it
 * writes into the directory given as its argument: {@code stand-ins.env} (the boundary's tokens;
 * written last, once the stand-ins answer), {@code fhir-tokens.txt} and {@code sign-in.txt} (how to
 * sign in to the portal and the console). It runs until stopped.
 */
public final class DemoStandIns {

    static final int NHS_LOGIN_PORT = 8089;
    static final int CIS2_PORT = 8088;
    static final int NOTIFY_PORT = 8091;

    private DemoStandIns() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : ".demo");
        EnvironmentVariables env = EnvironmentVariables.system();
        String databaseUrl = env.required("DATABASE_URL");
        MockOAuth2Server nhsLogin = new MockOAuth2Server();
        nhsLogin.start(InetAddress.getByName("127.0.0.1"), NHS_LOGIN_PORT);
        MockOAuth2Server cis2 = Cis2StandIn.start(CIS2_PORT);
        NotifyStub notify = new NotifyStub(NOTIFY_PORT, true);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            nhsLogin.shutdown();
                            cis2.shutdown();
                            notify.close();
                            stopped.countDown();
                        },
                        "demo-stand-ins-stop"));

        try (Database database =
                Database.connect(DatabaseSettings.of(databaseUrl).withPoolSize(2))) {
            DemoQueries queries = new DemoQueries(database.jdbi());
            DemoTokens tokens = DemoTokens.forTrusts(new JdbiNetworkDirectory(database.jdbi()).trusts());
            String portalUrl = env.text("PORTAL_PUBLIC_URL", "http://localhost:8080");
            DemoQueries.DemoPatient patient = queries.patient()
                    .orElseThrow(() -> new IllegalStateException("The demo network has no patient ready to book"));
            signInAsByNhsLogin(nhsLogin, patient.nhsNumber());
            LinkSettings links =
                    new LinkSettings(URI.create(portalUrl), env.required("PORTAL_LINK_SECRET"), Duration.ofDays(14));
            String link = new SignInLinks(new JdbiSignInLinks(database.jdbi()), links, Clock.system(London.ZONE))
                    .url(new PatientId(patient.id()), Optional.empty());
            String consoleUrl = "http://localhost:" + env.text("CONSOLE_PORT", "8081");
            Files.writeString(
                    out.resolve("sign-in.txt"),
                    portalSignIn(portalUrl, patient, link) + consoleSignIn(consoleUrl, queries.firstTrust()));
            Files.writeString(out.resolve("fhir-tokens.txt"), tokens.listing());
            Files.writeString(out.resolve("stand-ins.env"), tokens.environment());
        }
        System.out.println("NHS login stand-in on :" + NHS_LOGIN_PORT + ", CIS2 stand-in on :" + CIS2_PORT
                + ", Notify stand-in on :" + NOTIFY_PORT
                + " (messages the portal and the console send are printed here)");
        stopped.await();
    }

    /** NHS login signs in whoever asks as the demo patient, for the demo's first fifty sign-ins. */
    private static void signInAsByNhsLogin(MockOAuth2Server nhsLogin, String nhsNumber) {
        for (int i = 0; i < 50; i++) {
            nhsLogin.enqueueCallback(new DefaultOAuth2TokenCallback(
                    "nhslogin",
                    "nhs-login-" + nhsNumber,
                    JOSEObjectType.JWT.getType(),
                    List.of("imaging-network-portal"),
                    Map.of("nhs_number", nhsNumber, "identity_proofing_level", "P9"),
                    3600));
        }
    }

    private static String portalSignIn(String portalUrl, DemoQueries.DemoPatient patient, String link) {
        LocalDate dob = patient.dateOfBirth();
        return String.format(
                """
                Patient portal: %s
                Sign in as demo patient %s %s (NHS number %s), referred for %s:
                  - text-message link: %s
                    then date of birth %d %d %d and postcode %s
                  - or NHS login: %s/sign-in -> Continue to NHS login (the local stand-in signs you in as this patient)
                """,
                portalUrl,
                patient.givenName(),
                patient.familyName(),
                patient.nhsNumber(),
                patient.exam(),
                link,
                dob.getDayOfMonth(),
                dob.getMonthValue(),
                dob.getYear(),
                patient.postcode(),
                portalUrl);
    }

    private static String consoleSignIn(String consoleUrl, DemoQueries.FirstTrust trust) throws Exception {
        ObjectMapper json = new ObjectMapper();
        StringBuilder text = new StringBuilder(String.format(
                "%nStaff console: %s -> Sign in with NHS Care Identity.%n"
                        + "The CIS2 stand-in asks for a user name and claims; use one of these%n"
                        + "(trust %s is %s, in ICS %s; Y60 is the whole network):%n",
                consoleUrl, trust.odsCode(), trust.name(), trust.icsCode()));
        record Member(String userId, String name, Role role, String organisation) {}
        List<Member> members = List.of(
                new Member("clerk", "Demo bookings clerk", Role.BOOKINGS_CLERK, trust.odsCode()),
                new Member("radiologist", "Demo vetting radiologist", Role.VETTING_RADIOLOGIST, trust.odsCode()),
                new Member("diary-manager", "Demo diary and rota manager", Role.DIARY_MANAGER, trust.odsCode()),
                new Member("ics-manager", "Demo service manager", Role.SERVICE_MANAGER, trust.icsCode()),
                new Member("network-manager", "Demo network service manager", Role.SERVICE_MANAGER, "Y60"),
                new Member("admin", "Demo network administrator", Role.NETWORK_ADMINISTRATOR, "Y60"));
        for (Member m : members) {
            text.append(String.format(
                    "  - %s%n    user name: %s%n    claims: %s%n",
                    m.name(),
                    m.userId(),
                    json.writeValueAsString(
                            Cis2Claims.of(m.userId(), m.name(), m.role().rbacCode(), m.organisation()))));
        }
        return text.toString();
    }
}
