package org.imagingnetwork.optimizer.run;

import static org.imagingnetwork.optimizer.run.SmallNetworkFixture.CLOCK;

import java.time.Duration;
import org.imagingnetwork.core.jdbc.JdbiAuditLog;
import org.imagingnetwork.core.jdbc.JdbiDiaryPublisher;
import org.imagingnetwork.core.jdbc.JdbiDiaryReader;
import org.imagingnetwork.core.jdbc.JdbiExamCatalogue;
import org.imagingnetwork.core.jdbc.JdbiNetworkDirectory;
import org.imagingnetwork.core.jdbc.JdbiOfferBook;
import org.imagingnetwork.core.jdbc.JdbiPatientDirectory;
import org.imagingnetwork.core.jdbc.JdbiStaffAbsences;
import org.imagingnetwork.core.jdbc.JdbiWaitingList;
import org.imagingnetwork.optimizer.allocation.AllocationPolicy;
import org.imagingnetwork.optimizer.allocation.PostcodeAreaLocator;
import org.jdbi.v3.core.Jdbi;

/** A run service and one instance's worker over the test database, as an app instance wires them. */
record RunWiring(RunService service, RunWorker worker, Solvers solvers, ProgressHub hub, AnnouncedSlots announced)
        implements AutoCloseable {

    static RunWiring on(Jdbi jdbi, String instance) {
        JdbiNetworkDirectory network = new JdbiNetworkDirectory(jdbi);
        PlanningData data = new PlanningData(
                network,
                new JdbiExamCatalogue(jdbi),
                new JdbiDiaryReader(jdbi),
                new JdbiWaitingList(jdbi),
                new JdbiPatientDirectory(jdbi),
                new JdbiStaffAbsences(jdbi, CLOCK),
                new JdbiAuditLog(jdbi, CLOCK),
                AllocationPolicy.standard(),
                PostcodeAreaLocator::new,
                CLOCK);
        Solvers solvers = Solvers.create();
        ProgressHub hub = new ProgressHub();
        RunStore store = new RunStore(jdbi);
        AnnouncedSlots announced = new AnnouncedSlots();
        RunService service = new RunService(
                store,
                data,
                solvers,
                new JdbiOfferBook(jdbi),
                SmallNetworkFixture.bookings(jdbi),
                new JdbiDiaryPublisher(),
                announced,
                network,
                hub,
                CLOCK);
        RunWorker worker = new RunWorker(instance, store, data, solvers, hub, CLOCK, Duration.ofSeconds(30));
        return new RunWiring(service, worker, solvers, hub, announced);
    }

    /** Solves everything queued, on this thread. */
    void solveQueued() throws InterruptedException {
        while (worker.pollOnce()) {
            // Keep going while there is queued work.
        }
    }

    @Override
    public void close() {
        worker.close();
        solvers.close();
    }
}
