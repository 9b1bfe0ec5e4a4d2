package org.imagingnetwork.console.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.testsupport.TestDatabase;
import org.imagingnetwork.testsupport.TestRedis;
import org.jdbi.v3.core.Jdbi;

/**
 * The staff console on the database named by DATABASE_URL (the demo network, loaded by
 * run-demo.sh), with a local stand-in for NHS CIS2 on port 8088 in interactive mode: its sign-in
 * page asks for a user name and the claims CIS2 would send. Prints, for one demo member of staff of
 * each role, what to type there.
 */
public final class DemoConsole {

    private DemoConsole() {}

    public static void main(String[] args) throws Exception {
        String database = env("DATABASE_URL").orElseGet(() -> TestDatabase.get().jdbcUrl());
        String redis = env("REDIS_URL").orElseGet(() -> TestRedis.get().uri().toString());
        MockOAuth2Server cis2 = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\":true}"));
        cis2.start(InetAddress.getByName("127.0.0.1"), 8088);
        EmbeddedServer console = ApplicationContext.run(
                EmbeddedServer.class,
                Map.of(
                        "console.database-url", database,
                        "console.redis-url", redis,
                        "micronaut.security.oauth2.clients.cis2.openid.issuer",
                                cis2.issuerUrl("cis2").toString()));
        Jdbi jdbi = console.getApplicationContext().getBean(Jdbi.class);
        Map<String, Object> first = jdbi.withHandle(h -> h.createQuery(
                        "select t.ods_code, t.name, t.ics_code from trust t order by t.ics_code, t.ods_code limit 1")
                .mapToMap()
                .one());
        String trust = (String) first.get("ods_code");
        String ics = (String) first.get("ics_code");
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "%nStaff console: http://localhost:%d -> Sign in with NHS Care Identity.%n"
                        + "The CIS2 stand-in asks for a user name and claims; use one of these%n"
                        + "(trust %s is %s, in ICS %s; Y60 is the whole network):%n",
                console.getPort(), trust, first.get("name"), ics));
        List<DemoStaff.Member> members = List.of(
                new DemoStaff.Member("clerk", "Demo bookings clerk", Role.BOOKINGS_CLERK.rbacCode(), trust),
                new DemoStaff.Member(
                        "radiologist", "Demo vetting radiologist", Role.VETTING_RADIOLOGIST.rbacCode(), trust),
                new DemoStaff.Member(
                        "diary-manager", "Demo diary and rota manager", Role.DIARY_MANAGER.rbacCode(), trust),
                new DemoStaff.Member("ics-manager", "Demo service manager", Role.SERVICE_MANAGER.rbacCode(), ics),
                new DemoStaff.Member(
                        "network-manager", "Demo network service manager", Role.SERVICE_MANAGER.rbacCode(), "Y60"),
                new DemoStaff.Member(
                        "admin", "Demo network administrator", Role.NETWORK_ADMINISTRATOR.rbacCode(), "Y60"));
        for (DemoStaff.Member m : members) {
            out.append(String.format(
                    "  - %s%n    user name: %s%n    claims: %s%n",
                    m.name(), m.userId(), json.writeValueAsString(m.claims())));
        }
        System.out.println(out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            console.close();
            cis2.shutdown();
        }));
        Thread.currentThread().join();
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
