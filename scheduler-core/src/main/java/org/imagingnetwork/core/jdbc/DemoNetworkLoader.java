package org.imagingnetwork.core.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.Slot;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a generated network into a migrated database with PostgreSQL COPY, fast enough to load the
 * full West Midlands network in well under two minutes.
 *
 * <p>Ids are the generator's, shifted past whatever each table already holds ({@link IdOffsets}) and
 * written straight into the identity columns: COPY, unlike INSERT, takes values for
 * {@code generated always} columns without {@code overriding system value}, and loading our own ids
 * means every reference (a slot's session, an event's rule) is right without reading ids back. The
 * identity sequences are then moved past the loaded ids, so rows the application adds later follow on.
 *
 * <p>The load runs in steps, each committed on its own connection: reference data first; then, side
 * by side, patients with their requests and events, and the diary in parallel streams split by room,
 * each loading its rooms' sessions and then their slots; then appointments, which need both.
 * The database's own constraints check every row as it arrives (the slot no-overlap constraint
 * included), so a network that broke an invariant would not load. It expects a database with no
 * network in it yet; a load that fails part-way leaves what it committed, so load into a fresh database.
 */
public final class DemoNetworkLoader {

    private final DataSource dataSource;

    public DemoNetworkLoader(Database database) {
        this.dataSource = database.dataSource();
    }

    /**
     * Loads with three diary streams, or one per processor where there are more: each stream spends
     * part of its time waiting on the client and the network, so a few more streams than cores
     * still keep the cores busy.
     */
    public LoadedNetwork load(DemoNetwork network) {
        return load(network, Math.max(3, Runtime.getRuntime().availableProcessors()));
    }

    public LoadedNetwork load(DemoNetwork network, int diaryStreams) {
        long started = System.nanoTime();
        Map<String, Long> rows = new ConcurrentHashMap<>();
        Map<String, Duration> steps = new ConcurrentHashMap<>();
        IdOffsets offsets = inTransaction(connection -> {
            refuseIfNetworkPresent(connection);
            IdOffsets found = offsets(connection);
            ReferenceTables.copy(copyManager(connection), connection, network, found, rows);
            return found;
        });
        steps.put("reference data", since(started));
        ExecutorService pool = Executors.newFixedThreadPool(diaryStreams + 1);
        try {
            long parallel = System.nanoTime();
            CompletableFuture<Void> people = CompletableFuture.runAsync(
                    () -> {
                        inTransaction(c -> {
                            PatientTables.copy(copyManager(c), network, offsets, rows);
                            return null;
                        });
                        steps.put("patients, requests and events", since(parallel));
                    },
                    pool);
            CompletableFuture<?>[] diary = byRoom(network, diaryStreams).stream()
                    .map(part -> CompletableFuture.runAsync(
                            () -> {
                                long count = inTransaction(c -> {
                                    CopyManager copy = copyManager(c);
                                    DiaryTables.sessions(copy, part.sessions(), offsets, rows);
                                    return DiaryTables.slots(copy, part.slots(), offsets);
                                });
                                rows.merge("slot", count, Long::sum);
                                steps.merge("sessions and slots", since(parallel), DemoNetworkLoader::longer);
                            },
                            pool))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(people, CompletableFuture.allOf(diary)).join();
        } catch (CompletionException e) {
            throw new IllegalStateException(
                    "demo network load failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long last = System.nanoTime();
        inTransaction(connection -> {
            rows.put("appointment", PatientTables.appointments(copyManager(connection), network, offsets));
            moveIdentitiesPastLoadedIds(connection);
            return null;
        });
        steps.put("appointments", since(last));
        long analyzing = System.nanoTime();
        analyze();
        steps.put("analyze", since(analyzing));
        return new LoadedNetwork(rows, offsets, since(started), steps);
    }

    private static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static void refuseIfNetworkPresent(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet trusts = statement.executeQuery("select count(*) from trust")) {
            trusts.next();
            if (trusts.getLong(1) > 0) {
                throw new IllegalStateException("The database already holds a network (" + trusts.getLong(1)
                        + " trusts); load the demo network into an empty, migrated database");
            }
        }
    }

    private static IdOffsets offsets(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet max = statement.executeQuery("""
                        select (select coalesce(max(id), 0) from session),
                               (select coalesce(max(id), 0) from slot),
                               (select coalesce(max(id), 0) from patient),
                               (select coalesce(max(id), 0) from request),
                               (select coalesce(max(id), 0) from request_event),
                               (select coalesce(max(id), 0) from appointability_rule)
                        """)) {
            max.next();
            return new IdOffsets(
                    max.getLong(1), max.getLong(2), max.getLong(3), max.getLong(4), max.getLong(5), max.getLong(6));
        }
    }

    /** The next id the application takes from each identity column comes after the loaded ones. */
    private static void moveIdentitiesPastLoadedIds(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table :
                    List.of("session", "slot", "patient", "request", "request_event", "appointability_rule")) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), max(id)) from " + table
                        + " having max(id) is not null");
            }
        }
    }

    /** Fresh planner statistics, so the first queries on a million new rows use their indexes. */
    private void analyze() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        } catch (SQLException e) {
            throw new IllegalStateException("analyze after the demo network load failed", e);
        }
    }

    /**
     * The diary split by room into parts, each part's sessions and slots in room and time order: a
     * room's rows all go down one stream, so the streams never wait on each other's no-overlap
     * checks, and a slot's session is loaded by its own stream before it.
     */
    private static List<DiaryPart> byRoom(DemoNetwork network, int parts) {
        List<List<Session>> sessions = new ArrayList<>();
        List<List<Slot>> slots = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            sessions.add(new ArrayList<>());
            slots.add(new ArrayList<>());
        }
        for (Session session : network.sessions()) {
            sessions.get(Math.floorMod(session.roomId().hashCode(), parts)).add(session);
        }
        for (Slot slot : network.slots()) {
            slots.get(Math.floorMod(slot.roomId().hashCode(), parts)).add(slot);
        }
        List<DiaryPart> split = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            sessions.get(i).sort(Comparator.comparing(Session::roomId).thenComparing(Session::startsAt));
            slots.get(i).sort(Comparator.comparing(Slot::roomId).thenComparing(Slot::startsAt));
            split.add(new DiaryPart(sessions.get(i), slots.get(i)));
        }
        return split;
    }

    private record DiaryPart(List<Session> sessions, List<Slot> slots) {}

    private static CopyManager copyManager(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // A demo load can be redone; waiting for the WAL flush on every commit buys nothing.
                statement.execute("set local synchronous_commit = off");
            }
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo network load failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
