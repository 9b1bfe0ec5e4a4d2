package org.imagingnetwork.demo;

import java.net.InetAddress;
import java.util.concurrent.CountDownLatch;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * NHS CIS2's stand-in (mock-oauth2-server, issuer {@code http://127.0.0.1:PORT/cis2}): its sign-in
 * form asks for a user name and the claims to put in the ID token, so whoever signs in chooses the
 * member of staff, their role and organisation. The demo runs it beside the console; the load tests
 * run it alone ({@code java -cp demo.jar org.imagingnetwork.demo.Cis2StandIn PORT}, until stopped)
 * for their staff to sign in through.
 */
public final class Cis2StandIn {

    private Cis2StandIn() {}

    static MockOAuth2Server start(int port) throws Exception {
        MockOAuth2Server cis2 = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\":true}"));
        cis2.start(InetAddress.getByName("127.0.0.1"), port);
        return cis2;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !args[0].matches("[0-9]{1,5}")) {
            System.err.println("Usage: Cis2StandIn PORT");
            System.exit(2);
            return;
        }
        MockOAuth2Server cis2 = start(Integer.parseInt(args[0]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            cis2.shutdown();
                            stopped.countDown();
                        },
                        "cis2-stand-in-stop"));
        System.out.println("CIS2 stand-in: " + cis2.issuerUrl("cis2"));
        stopped.await();
    }
}
