package org.imagingnetwork.optimizer.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.imagingnetwork.core.jdbc.Database;
import org.junit.jupiter.api.Test;

/** Two app instances, each with its own connection pool and worker, over one database. */
class RunClaimIT {

    private static final LocalDate DAY = LocalDate.of(2031, 5, 5);

    @Test
    void twoInstancesNeverSolveTheSameRunTwice() throws Exception {
        Database first = OptimizerDatabase.get();
        List<RunId> runs = new ArrayList<>();
        RunStore firstStore = new RunStore(first.jdbi());
        for (int i = 0; i < 16; i++) {
            RunId id = RunId.random();
            firstStore.create(
                    id,
                    RunKind.DIARY,
                    RunScope.network(Optional.empty(), DAY, DAY),
                    RunSettings.of(1),
                    "staff:claims",
                    Instant.now());
            runs.add(id);
        }
        Map<RunId, AtomicInteger> solves = new ConcurrentHashMap<>();
        List<String> solvedBy = Collections.synchronizedList(new ArrayList<>());
        try (Database second = Database.connect(OptimizerDatabase.settings())) {
            RunExecutor recording = (run, control) -> {
                solves.computeIfAbsent(run.id(), id -> new AtomicInteger()).incrementAndGet();
                Thread.sleep(50);
                return new RunOutcome.Diary(false, "0hard/0soft", List.of());
            };
            ExecutorService instances = Executors.newFixedThreadPool(2);
            List<Future<?>> work = new ArrayList<>();
            for (Database database : List.of(first, second)) {
                String name = database == first ? "instance-a" : "instance-b";
                work.add(instances.submit(() -> {
                    try (RunWorker worker = new RunWorker(
                            name,
                            new RunStore(database.jdbi()),
                            recording,
                            new ProgressHub(),
                            Clock.systemUTC(),
                            Duration.ofSeconds(30))) {
                        while (worker.pollOnce()) {
                            solvedBy.add(name);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
            instances.shutdown();
        }
        for (RunId id : runs) {
            assertThat(solves.get(id)).as("run %s solved", id).isNotNull().hasValue(1);
            Run run = firstStore.find(id).orElseThrow();
            assertThat(run.state()).isEqualTo(RunState.SOLVED);
            assertThat(run.solveStarts()).isEqualTo(1);
        }
        assertThat(new HashSet<>(solvedBy))
                .as("both instances took work")
                .containsExactlyInAnyOrder("instance-a", "instance-b");
    }

    @Test
    void aRunWhoseInstanceStoppedRenewingItsLeaseIsTakenOverAndTheLateResultRefused() {
        RunStore store = new RunStore(OptimizerDatabase.get().jdbi());
        RunId id = RunId.random();
        Instant t0 = Instant.parse("2031-05-01T09:00:00Z");
        store.create(
                id,
                RunKind.DIARY,
                RunScope.network(Optional.empty(), DAY, DAY),
                RunSettings.of(1),
                "staff:leases",
                t0.minusSeconds(3600 * 24 * 365));

        Optional<Run> byA = claimThis(store, id, "instance-a", t0, t0.plusSeconds(30));
        assertThat(byA).isPresent();
        assertThat(claimThis(store, id, "instance-b", t0.plusSeconds(10), t0.plusSeconds(40)))
                .as("not while instance a's lease runs")
                .isEmpty();
        Optional<Run> byB = claimThis(store, id, "instance-b", t0.plusSeconds(31), t0.plusSeconds(61));
        assertThat(byB).as("instance a went quiet").isPresent();
        assertThat(byB.get().solveStarts()).isEqualTo(2);

        assertThat(store.renewLease(id, "instance-a", t0.plusSeconds(90))).isFalse();
        assertThat(store.finishDiary(id, "instance-a", RunState.SOLVED, "late", List.of(), t0.plusSeconds(95)))
                .isFalse();
        assertThat(store.finishDiary(id, "instance-b", RunState.SOLVED, "0hard/0soft", List.of(), t0.plusSeconds(95)))
                .isTrue();
        assertThat(store.find(id).orElseThrow().bestScore()).contains("0hard/0soft");
    }

    /** Claims queued runs until this one comes up (other tests' runs may be queued too), leaving the others claimed. */
    private static Optional<Run> claimThis(RunStore store, RunId id, String instance, Instant now, Instant lease) {
        for (int i = 0; i < 100; i++) {
            Optional<Run> claimed = store.claimNext(instance, now, lease);
            if (claimed.isEmpty()) {
                return Optional.empty();
            }
            if (claimed.get().id().equals(id)) {
                return claimed;
            }
            store.finishDiary(claimed.get().id(), instance, RunState.SOLVED, "other", List.of(), now);
        }
        return Optional.empty();
    }
}
