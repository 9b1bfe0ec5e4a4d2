package org.imagingnetwork.console.optimisation;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;
import org.imagingnetwork.core.audit.AuditLog;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.SlotChangeNotifier;
import org.imagingnetwork.core.exam.ExamCatalogue;
import org.imagingnetwork.core.jdbc.JdbiDiaryPublisher;
import org.imagingnetwork.core.jdbc.JdbiDiaryReader;
import org.imagingnetwork.core.jdbc.JdbiOfferBook;
import org.imagingnetwork.core.jdbc.JdbiPatientDirectory;
import org.imagingnetwork.core.jdbc.JdbiStaffAbsences;
import org.imagingnetwork.core.jdbc.JdbiWaitingList;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.optimizer.allocation.AllocationPolicy;
import org.imagingnetwork.optimizer.allocation.PostcodeAreaLocator;
import org.imagingnetwork.optimizer.run.PlanningData;
import org.imagingnetwork.optimizer.run.ProgressHub;
import org.imagingnetwork.optimizer.run.RunService;
import org.imagingnetwork.optimizer.run.RunStore;
import org.imagingnetwork.optimizer.run.RunWorker;
import org.imagingnetwork.optimizer.run.Solvers;
import org.jdbi.v3.core.Jdbi;

/**
 * The optimiser as the console uses it. The solvers are built once for the instance and closed with
 * it (a solver factory per request leaks Metaspace). Runs are queued in PostgreSQL and solved by
 * whichever instance's worker claims them, so a run keeps going when its page is closed and any
 * instance can show it.
 */
@Factory
class OptimisationServices {

    @Singleton
    @Bean(preDestroy = "close")
    Solvers solvers() {
        return Solvers.create();
    }

    @Singleton
    RunStore runStore(Jdbi jdbi) {
        return new RunStore(jdbi);
    }

    @Singleton
    ProgressHub progressHub() {
        return new ProgressHub();
    }

    @Singleton
    PlanningData planningData(Jdbi jdbi, NetworkDirectory network, ExamCatalogue exams, AuditLog audit, Clock clock) {
        return new PlanningData(
                network,
                exams,
                new JdbiDiaryReader(jdbi),
                new JdbiWaitingList(jdbi),
                new JdbiPatientDirectory(jdbi),
                new JdbiStaffAbsences(jdbi, clock),
                audit,
                AllocationPolicy.standard(),
                PostcodeAreaLocator::new,
                clock);
    }

    @Singleton
    RunService runService(
            Jdbi jdbi,
            RunStore store,
            PlanningData data,
            Solvers solvers,
            BookingService bookings,
            SlotChangeNotifier slotChanges,
            NetworkDirectory network,
            ProgressHub hub,
            Clock clock) {
        return new RunService(
                store,
                data,
                solvers,
                new JdbiOfferBook(jdbi),
                bookings,
                new JdbiDiaryPublisher(),
                slotChanges,
                network,
                hub,
                clock);
    }

    /**
     * Started with the application, so the instance looks for queued runs from the start. An instance
     * set with {@code console.optimisation.solve-runs: false} solves nothing but still starts, shows
     * and publishes the runs others solve.
     */
    @Context
    @Bean(preDestroy = "close")
    @Requires(property = "console.optimisation.solve-runs", notEquals = "false")
    RunWorker runWorker(
            OptimisationSettings settings,
            RunStore store,
            PlanningData data,
            Solvers solvers,
            ProgressHub hub,
            Clock clock) {
        RunWorker worker = new RunWorker(instanceName(), store, data, solvers, hub, clock, settings.lease());
        worker.start(settings.pollEvery());
        return worker;
    }

    /** The host and a random part: two instances on one host still claim runs under different names. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "console";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
