package org.imagingnetwork.load.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.operations.EnvironmentVariables;

/**
 * The load tests' seeding step, run against the loaded network before a scenario, through the apps'
 * own code (see {@link Platform}). Writes Gatling's feeder files into the directory given by
 * {@code --out}:
 *
 * <ul>
 *   <li>{@code tokens}: {@code platform.env}, the FHIR boundary's bearer tokens;
 *   <li>{@code patients --count N}: {@code patients.csv}, N patients with a sign-in link each;
 *   <li>{@code storm --slots N --offers K --channel C}: N booked appointments cancelled, each freed
 *       slot offered to K short-notice patients ({@code storm-portal.csv}) and fitting C waiting
 *       patients who book through {@code /fhir/booking} ({@code storm-channel.csv}); the slots in
 *       {@code storm-slots.csv} for the checker;
 *   <li>{@code channels --patients N --statuses M}: N waiting patients the NHS App books for
 *       ({@code channel-patients.csv}) and M booked appointments the trusts report
 *       ({@code ris-statuses.csv});
 *   <li>{@code staff --count N}: {@code staff.csv}, N bookings clerks to sign in to the console.
 * </ul>
 */
public final class Seed {

    static final String USAGE = """
            Usage: Seed tokens --out DIR
                   Seed patients --count N --out DIR
                   Seed storm --slots N --offers K --channel C --out DIR
                   Seed channels --patients N --statuses M --out DIR
                   Seed staff --count N --out DIR
            Reads DATABASE_URL, REDIS_URL, REDIS_KEY_PREFIX, PORTAL_PUBLIC_URL and PORTAL_LINK_SECRET.
            """;

    private Seed() {}

    public static void main(String[] args) {
        Command command;
        try {
            command = Command.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        Clock clock = Clock.systemUTC();
        try (Platform platform = Platform.fromEnvironment(EnvironmentVariables.system(), clock)) {
            System.out.println(run(command, platform, clock));
        }
    }

    /** Runs one seeding command; returns what it wrote, for the log. */
    static String run(Command command, Platform platform, Clock clock) {
        switch (command.what()) {
            case "tokens" -> {
                ChannelTokens tokens =
                        ChannelTokens.forTrusts(platform.network().trusts());
                write(command.out().resolve(ChannelTokens.FILE), tokens.environment());
                return "Tokens for " + tokens.trustTokens().size() + " trusts and the NHS App channel in "
                        + command.out().resolve(ChannelTokens.FILE);
            }
            case "patients" -> {
                FeederFile patients = new PatientSeeding(platform, clock).seed(command.number("count"));
                patients.write(command.out().resolve(PatientSeeding.FILE));
                return patients.size() + " patients with sign-in links in "
                        + command.out().resolve(PatientSeeding.FILE);
            }
            case "channels" -> {
                ChannelSeeding.Channels channels = new ChannelSeeding(platform, clock)
                        .seed(command.number("patients"), command.number("statuses"));
                channels.patients().write(command.out().resolve(ChannelSeeding.PATIENTS_FILE));
                channels.statuses().write(command.out().resolve(ChannelSeeding.STATUSES_FILE));
                return channels.patients().size() + " patients for the NHS App and "
                        + channels.statuses().size() + " booked appointments for the trusts to report; files in "
                        + command.out();
            }
            case "staff" -> {
                FeederFile staff = new StaffSeeding(platform).seed(command.number("count"));
                staff.write(command.out().resolve(StaffSeeding.FILE));
                return staff.size() + " bookings clerks in " + command.out().resolve(StaffSeeding.FILE);
            }
            default -> {
                StormSeeding.Storm storm = new StormSeeding(platform, clock)
                        .seed(command.number("slots"), command.number("offers"), command.number("channel"));
                storm.portal().write(command.out().resolve(StormSeeding.PORTAL_FILE));
                storm.channel().write(command.out().resolve(StormSeeding.CHANNEL_FILE));
                storm.slots().write(command.out().resolve(StormSeeding.SLOTS_FILE));
                return storm.slots().size() + " slots released; "
                        + storm.portal().size()
                        + " patients offered them in the portal, "
                        + storm.channel().size()
                        + " to book them through /fhir/booking; files in " + command.out();
            }
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** One seeding command line: what to seed, where, and its whole-number options. */
    record Command(String what, Path out, Map<String, Integer> numbers) {

        private static final Map<String, List<String>> OPTIONS = Map.of(
                "tokens", List.of(),
                "patients", List.of("count"),
                "storm", List.of("slots", "offers", "channel"),
                "channels", List.of("patients", "statuses"),
                "staff", List.of("count"));

        static Command parse(String[] args) {
            if (args.length == 0 || !OPTIONS.containsKey(args[0])) {
                throw new IllegalArgumentException("Say what to seed: tokens, patients, storm, channels or staff");
            }
            String what = args[0];
            Path out = null;
            Map<String, Integer> numbers = new HashMap<>();
            for (int i = 1; i < args.length; i += 2) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[i + 1];
                String name = option.replaceFirst("^--", "");
                if (name.equals("out")) {
                    out = Path.of(value);
                } else if (OPTIONS.get(what).contains(name)) {
                    numbers.put(name, positive(option, value));
                } else {
                    throw new IllegalArgumentException("unknown option " + option + " for " + what);
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("--out is required: the directory for the feeder files");
            }
            for (String name : OPTIONS.get(what)) {
                if (!numbers.containsKey(name)) {
                    throw new IllegalArgumentException("--" + name + " is required for " + what);
                }
            }
            return new Command(what, out, Map.copyOf(numbers));
        }

        int number(String name) {
            return numbers.get(name);
        }

        private static int positive(String option, String value) {
            try {
                int number = Integer.parseInt(value);
                if (number < 1) {
                    throw new IllegalArgumentException(option + " must be 1 or more, not " + value);
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a whole number, not " + value, e);
            }
        }
    }
}
