package org.imagingnetwork.load.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.operations.EnvironmentVariables;

/**
 * The checker run after a scenario, over PostgreSQL (DATABASE_URL): no slot and no request holds two
 * live appointments, every slot is marked booked exactly when it has one, and after the storm each
 * freed slot ({@code --storm-slots FILE}, the seeding's {@code storm-slots.csv}) was booked exactly
 * once. Prints each finding; exits 1 if any failed.
 */
public final class Check {

    private Check() {}

    public static void main(String[] args) {
        if (args.length != 0 && (args.length != 2 || !args[0].equals("--storm-slots"))) {
            System.err.println("Usage: Check [--storm-slots FILE]   (reads DATABASE_URL)");
            System.exit(2);
            return;
        }
        List<Long> stormSlots = args.length == 2 ? slots(Path.of(args[1])) : List.of();
        String url = EnvironmentVariables.system().required("DATABASE_URL");
        List<Finding> findings;
        try (Database database = Database.connect(DatabaseSettings.of(url).withPoolSize(1))) {
            findings = check(new CheckQueries(database.jdbi()), stormSlots);
        }
        findings.forEach(f -> System.out.println((f.passed() ? "PASS " : "FAIL ") + f.text()));
        System.exit(findings.stream().allMatch(Finding::passed) ? 0 : 1);
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
