package org.imagingnetwork.load.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.operations.EnvironmentVariables;

/**
 * The checker run after a scenario, over PostgreSQL (DATABASE_URL): no slot and no request holds two
 * live appointments, every slot is marked booked exactly when it has one, and after the storm each
 * freed slot ({@code --storm-slots FILE}, the seeding's {@code storm-slots.csv}) was booked exactly
 * once; with {@code --ris}, once the relay has delivered everything (waiting up to
 * {@code --drain-seconds}), every trust's RIS simulator holds exactly the network's appointments
 * for it. Prints each finding; exits 1 if any failed.
 */
public final class Check {

    private Check() {}

    static final String USAGE =
            "Usage: Check [--storm-slots FILE] [--confirmed FILE] [--ris SIMULATOR_URL [--drain-seconds N]]"
                    + "   (reads DATABASE_URL)";

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!List.of("--storm-slots", "--confirmed", "--ris", "--drain-seconds")
                            .contains(args[i])
                    || i + 1 >= args.length) {
                System.err.println(USAGE);
                System.exit(2);
                return;
            }
            options.put(args[i], args[i + 1]);
        }
        List<Long> stormSlots =
                options.containsKey("--storm-slots") ? slots(Path.of(options.get("--storm-slots"))) : List.of();
        String url = EnvironmentVariables.system().required("DATABASE_URL");
        List<Finding> findings = new ArrayList<>();
        try (Database database = Database.connect(DatabaseSettings.of(url).withPoolSize(1))) {
            CheckQueries queries = new CheckQueries(database.jdbi());
            if (options.containsKey("--ris")) {
                findings.add(drained(
                        queries, Duration.ofSeconds(Long.parseLong(options.getOrDefault("--drain-seconds", "300")))));
                findings.addAll(new RisCheck(options.get("--ris")).check(queries.appointmentsSentToEachRis()));
            }
            findings.addAll(0, check(queries, stormSlots));
            if (options.containsKey("--confirmed")) {
                findings.add(confirmed(queries, Path.of(options.get("--confirmed"))));
            }
        }
        findings.forEach(f -> System.out.println((f.passed() ? "PASS " : "FAIL ") + f.text()));
        System.exit(findings.stream().allMatch(Finding::passed) ? 0 : 1);
    }

    /** Waits up to {@code limit} for the relay to deliver every change; fails if some are left or parked. */
    static Finding drained(CheckQueries queries, Duration limit) {
        long started = System.nanoTime();
        long left = queries.undelivered();
        while (left > 0 && System.nanoTime() - started < limit.toNanos()) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            left = queries.undelivered();
        }
        long parked = queries.parked();
        return new Finding(
                left == 0 && parked == 0,
                "relay: " + left + " changes undelivered after "
                        + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s, " + parked + " parked");
    }

    /** One thing checked, and whether it held. */
    record Finding(boolean passed, String text) {}

    static List<Finding> check(CheckQueries queries, List<Long> stormSlots) {
        List<Finding> findings = new ArrayList<>();
        long requests = queries.requestsBookedTwice();
        findings.add(new Finding(requests == 0, requests + " requests with more than one live appointment"));
        long slots = queries.slotsBookedTwice();
        findings.add(new Finding(slots == 0, slots + " slots with more than one live appointment"));
        long outOfStep = queries.slotsOutOfStep();
        findings.add(
                new Finding(outOfStep == 0, outOfStep + " slots whose status disagrees with their live appointments"));
        if (!stormSlots.isEmpty()) {
            Map<Long, Integer> live = queries.liveAppointmentsOn(stormSlots);
            long once = live.values().stream().filter(n -> n == 1).count();
            findings.add(new Finding(
                    once == stormSlots.size(),
                    "storm: " + once + " of " + stormSlots.size() + " freed slots booked exactly once ("
                            + live.values().stream().mapToInt(Integer::intValue).sum() + " bookings)"));
        }
        return findings;
    }

    /**
     * What the patients were last told about each request ({@code request,slot} booked there,
     * {@code request,-} cancelled; the simulations' {@code -Dload.confirmed} file) against the network:
     * a confirmed booking with no live appointment on its slot is lost; a cancellation with one is not done.
     */
    static Finding confirmed(CheckQueries queries, Path file) {
        Map<Long, String> told = new java.util.LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.split(",");
                if (parts.length == 2) {
                    told.put(Long.parseLong(parts[0]), parts[1]);
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return new Finding(false, "no confirmations recorded in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        long booked = told.values().stream().filter(slot -> !slot.equals("-")).count();
        long lost = 0;
        long notCancelled = 0;
        for (Map.Entry<Long, String> entry : told.entrySet()) {
            java.util.Optional<Long> live = queries.liveSlotOf(entry.getKey());
            if (entry.getValue().equals("-")) {
                notCancelled += live.isPresent() ? 1 : 0;
            } else if (live.isEmpty() || live.get() != Long.parseLong(entry.getValue())) {
                lost++;
            }
        }
        return new Finding(
                lost == 0 && notCancelled == 0,
                "confirmed to patients: " + booked + " bookings, " + lost + " of them lost; " + (told.size() - booked)
                        + " cancellations, " + notCancelled + " of them still booked");
    }

    private static List<Long> slots(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(Long::parseLong)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
