package org.imagingnetwork.load.standin;

import java.util.concurrent.CountDownLatch;
import org.imagingnetwork.testsupport.NotifyStub;

/**
 * GOV.UK Notify's stand-in for a load run, on the port given as the argument: the portals' texts
 * (confirmations, offers) are accepted and counted, never sent. Runs until stopped.
 */
public final class NotifyStandIn {

    private NotifyStandIn() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !args[0].matches("[0-9]{1,5}")) {
            System.err.println("Usage: NotifyStandIn PORT");
            System.exit(2);
            return;
        }
        NotifyStub notify = new NotifyStub(Integer.parseInt(args[0]), false);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println(
                                    "Notify stand-in: " + notify.received().size() + " messages received");
                            notify.close();
                            stopped.countDown();
                        },
                        "notify-stand-in-stop"));
        System.out.println("Notify stand-in on " + notify.baseUrl());
        stopped.await();
    }
}
