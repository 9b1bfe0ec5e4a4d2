package org.imagingnetwork.optimizer.run;

import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of an application instance that solves queued runs: it claims one at a time from
 * PostgreSQL, renews its lease while solving, stores the result only while it still holds the
 * claim, and checks for a stop request every second. Any number of instances may run one.
 */
public final class RunWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunWorker.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private final String instance;
    private final RunStore store;
    private final RunExecutor executor;
    private final ProgressHub hub;
    private final Clock clock;
    private final Duration lease;
    private final ScheduledExecutorService timers;

    public RunWorker(
            String instance,
            RunStore store,
            PlanningData data,
            Solvers solvers,
            ProgressHub hub,
            Clock clock,
            Duration lease) {
        this(instance, store, RunExecutor.of(data, solvers, store), hub, clock, lease);
    }

    RunWorker(String instance, RunStore store, RunExecutor executor, ProgressHub hub, Clock clock, Duration lease) {
        this.instance = Objects.requireNonNull(instance, "instance");
        this.store = store;
        this.executor = executor;
        this.hub = hub;
        this.clock = clock;
        this.lease = lease;
        this.timers = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "run-worker-" + instance);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Polls for queued runs at this interval until closed. */
    public void start(Duration every) {
        timers.scheduleWithFixedDelay(this::pollQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollQuietly() {
        try {
            while (pollOnce()) {
                // Keep going while there is queued work.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Run worker {} could not poll for runs", instance, e);
        }
    }

    /** Claims and solves one queued run, if there is one; true when it solved one. */
    public boolean pollOnce() throws InterruptedException {
        Instant now = clock.instant();
        Optional<Run> claimed = store.claimNext(instance, now, now.plus(lease));
        if (claimed.isEmpty()) {
            return false;
        }
        Run run = claimed.get();
        LOG.info(
                "Instance {} solving run {} ({}, {})",
                instance,
                run.id(),
                run.kind(),
                run.scope().describe());
        AtomicBoolean lost = new AtomicBoolean();
        ScheduledFuture<?> heartbeat = timers.scheduleAtFixedRate(
                () -> {
                    if (!store.renewLease(run.id(), instance, clock.instant().plus(lease))) {
                        lost.set(true);
                    }
                },
                lease.toMillis() / 3,
                lease.toMillis() / 3,
                TimeUnit.MILLISECONDS);
        try {
            Control control = new Control(run, lost);
            RunOutcome outcome = executor.execute(run, control);
            if (lost.get()) {
                LOG.warn("Instance {} lost its claim on run {}; its result is not stored", instance, run.id());
                return true;
            }
            control.storeLast();
            store(run, outcome);
            counted(run, outcome.stopped() ? RunState.STOPPED : RunState.SOLVED);
        } catch (RuntimeException e) {
            LOG.error("Run {} failed", run.id(), e);
            counted(run, RunState.FAILED);
            store.fail(
                    run.id(),
                    instance,
                    "The run could not be solved: " + e.getClass().getSimpleName(),
                    clock.instant());
        } finally {
            heartbeat.cancel(false);
        }
        return true;
    }

    /** {@code optimiser.runs} by kind and how it ended, in Micrometer's global registry the console publishes. */
    private static void counted(Run run, RunState ended) {
        Metrics.counter("optimiser.runs", "kind", run.kind().name(), "state", ended.name())
                .increment();
    }

    private void store(Run run, RunOutcome outcome) {
        RunState state = outcome.stopped() ? RunState.STOPPED : RunState.SOLVED;
        boolean stored;
        if (outcome instanceof RunOutcome.Allocation allocation) {
            stored = store.finishAllocation(
                    run.id(),
                    instance,
                    state,
                    allocation.score(),
                    allocation.before(),
                    allocation.after(),
                    allocation.proposals(),
                    clock.instant());
        } else if (outcome instanceof RunOutcome.Disruption disruption) {
            stored = store.finishDisruption(
                    run.id(), instance, state, disruption.score(), disruption.moves(), clock.instant());
        } else {
            RunOutcome.Diary diary = (RunOutcome.Diary) outcome;
            stored = store.finishDiary(run.id(), instance, state, diary.score(), diary.sessions(), clock.instant());
        }
        if (!stored) {
            LOG.warn("Instance {} no longer held run {} when it finished", instance, run.id());
        }
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }

    /**
     * Progress goes to this instance's listeners, and to the store at most once a second; the last
     * point is stored when the run ends, so the stored course ends at the score the run ends with.
     */
    private static final long STOP_CHECK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final class Control implements RunControl {
        private final Run run;
        private final AtomicBoolean lost;
        private final AtomicInteger seq = new AtomicInteger();
        private final AtomicLong lastStored = new AtomicLong();
        private final AtomicLong lastStopCheck = new AtomicLong();
        private volatile boolean stopRequested;
        private ScorePoint unstored;
        private ScorePoint last;
        private SolvePhase phase = SolvePhase.SOLVING;

        Control(Run run, AtomicBoolean lost) {
            this.run = run;
            this.lost = lost;
        }

        /**
         * Asks the store at most once a second. The second is measured on the monotonic timer, not the
         * injected clock: it is how often to look, not a moment in the diary, and a clock that stands
         * still (as in tests) must not stop the run from ever seeing a manager's stop.
         */
        @Override
        public boolean shouldStop() {
            long now = System.nanoTime();
            long last = lastStopCheck.get();
            if (!stopRequested && (last == 0 || now - last >= STOP_CHECK_EVERY_NANOS)) {
                lastStopCheck.set(now);
                stopRequested = store.stopRequested(run.id());
            }
            return stopRequested || lost.get();
        }

        @Override
        public synchronized void bestScore(String score, boolean feasible) {
            Instant now = clock.instant();
            ScorePoint point = new ScorePoint(seq.incrementAndGet(), now, score, feasible, phase);
            last = point;
            hub.publish(run.id(), point);
            if (now.toEpochMilli() - lastStored.get() >= PROGRESS_EVERY.toMillis()) {
                lastStored.set(now.toEpochMilli());
                store.addProgress(run.id(), point);
                unstored = null;
            } else {
                unstored = point;
            }
        }

        /** Stored at once, whatever the once-a-second limit, so every instance's page shows the step. */
        @Override
        public synchronized void phase(SolvePhase next) {
            phase = next;
            if (last != null) {
                ScorePoint point =
                        new ScorePoint(seq.incrementAndGet(), clock.instant(), last.score(), last.feasible(), next);
                last = point;
                hub.publish(run.id(), point);
                store.addProgress(run.id(), point);
                lastStored.set(point.at().toEpochMilli());
                unstored = null;
            }
        }

        /** Stores the last point heard if the once-a-second limit held it back. */
        synchronized void storeLast() {
            if (unstored != null) {
                store.addProgress(run.id(), unstored);
                unstored = null;
            }
        }
    }
}
