package org.imagingnetwork.simulation.run;

import java.time.Duration;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.diary.DiaryChanges;
import org.imagingnetwork.core.jdbc.JdbiAuditLog;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.jdbc.JdbiDiaryPublisher;
import org.imagingnetwork.core.jdbc.JdbiDiaryReader;
import org.imagingnetwork.core.jdbc.JdbiDiaryStore;
import org.imagingnetwork.core.jdbc.JdbiExamCatalogue;
import org.imagingnetwork.core.jdbc.JdbiNetworkDirectory;
import org.imagingnetwork.core.jdbc.JdbiOfferBook;
import org.imagingnetwork.core.jdbc.JdbiPatientDirectory;
import org.imagingnetwork.core.jdbc.JdbiPatientRepository;
import org.imagingnetwork.core.jdbc.JdbiRequestRepository;
import org.imagingnetwork.core.jdbc.JdbiRuleRepository;
import org.imagingnetwork.core.jdbc.JdbiStaffAbsences;
import org.imagingnetwork.core.jdbc.JdbiWaitingList;
import org.imagingnetwork.core.offer.OfferBook;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.core.rules.RuleBook;
import org.imagingnetwork.optimizer.allocation.AllocationPolicy;
import org.imagingnetwork.optimizer.allocation.PostcodeAreaLocator;
import org.imagingnetwork.optimizer.run.PlanningData;
import org.imagingnetwork.optimizer.run.ProgressHub;
import org.imagingnetwork.optimizer.run.RunService;
import org.imagingnetwork.optimizer.run.RunStore;
import org.imagingnetwork.optimizer.run.RunWorker;
import org.imagingnetwork.optimizer.run.Solvers;
import org.imagingnetwork.simulation.booking.Booker;
import org.imagingnetwork.simulation.clock.SimulatedClock;
import org.imagingnetwork.simulation.jdbc.AppointmentStatusWrites;
import org.imagingnetwork.simulation.jdbc.BookingQueries;
import org.imagingnetwork.simulation.ris.RisFeed;
import org.jdbi.v3.core.Jdbi;

/**
 * The product's own services over one network's database, every one reading the simulated clock,
 * wired as the apps wire them (without Redis: the simulation is the only client, and the services
 * decide on PostgreSQL alone).
 */
final class Platform implements AutoCloseable {

    final Jdbi jdbi;
    final SimulatedClock clock;
    final RequestService requests;
    final BookingService bookings;
    final OfferBook offers;
    final DiaryChanges diary;
    final RisFeed ris;
    final BookingQueries queries;
    final ReleaseFeed releases;
    final Booker booker;
    final PlanningData planning;
    final Solvers solvers;
    final RunService runs;
    final RunWorker worker;

    Platform(Jdbi jdbi, SimulatedClock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        JdbiPatientRepository patients = new JdbiPatientRepository(jdbi, clock);
        JdbiNetworkDirectory network = new JdbiNetworkDirectory(jdbi);
        JdbiExamCatalogue exams = new JdbiExamCatalogue(jdbi);
        this.requests = new RequestService(
                new JdbiRequestRepository(jdbi),
                patients,
                exams,
                network,
                new RuleBook(new JdbiRuleRepository(jdbi, clock)),
                clock);
        this.releases = new ReleaseFeed();
        JdbiBookingStore store = new JdbiBookingStore(jdbi);
        this.bookings = new BookingService(store, new NoHolds(), releases, clock);
        this.offers = new JdbiOfferBook(jdbi);
        this.diary = new DiaryChanges(new JdbiDiaryStore(jdbi, clock), releases, clock);
        this.ris = new RisFeed(new AppointmentStatusWrites(jdbi), requests, clock);
        this.queries = new BookingQueries(jdbi);
        this.booker = new Booker(bookings);
        this.planning = new PlanningData(
                network,
                exams,
                new JdbiDiaryReader(jdbi),
                new JdbiWaitingList(jdbi),
                new JdbiPatientDirectory(jdbi),
                new JdbiStaffAbsences(jdbi, clock),
                new JdbiAuditLog(jdbi, clock),
                AllocationPolicy.standard(),
                PostcodeAreaLocator::new,
                clock);
        this.solvers = Solvers.create();
        ProgressHub hub = new ProgressHub();
        RunStore runStore = new RunStore(jdbi);
        this.runs = new RunService(
                runStore, planning, solvers, offers, bookings, new JdbiDiaryPublisher(), releases, network, hub, clock);
        this.worker = new RunWorker("simulation", runStore, planning, solvers, hub, clock, Duration.ofHours(1));
    }

    @Override
    public void close() {
        worker.close();
        solvers.close();
    }
}
