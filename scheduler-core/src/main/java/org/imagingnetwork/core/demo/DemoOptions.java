package org.imagingnetwork.core.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo loader's command line. Bad input names the option at fault and what it should look like.
 *
 * @param envFile where to write the demo database's URL for the programs started after it, if anywhere
 */
record DemoOptions(DemoPreset preset, long seed, LocalDate start, String database, Optional<Path> envFile) {

    static final long DEFAULT_SEED = 2026;
    static final String DEFAULT_DATABASE = "imaging_demo";
    static final String USAGE = """
            Usage: LoadDemoNetwork [--preset FULL|SMALL] [--seed N] [--start YYYY-MM-DD] [--database NAME]
                                   [--env-file PATH]
              --preset    how much of the West Midlands network to generate (default FULL)
              --seed      the generator's seed; the same seed and start give the same network (default 2026)
              --start     the first day of the diary (default: next Monday, London time)
              --database  the database to (re)create on the server named by DATABASE_URL (default imaging_demo)
              --env-file  write DEMO_DATABASE_URL=... to this file once the network is loaded
            """;

    static DemoOptions parse(String[] args, Clock clock) {
        DemoPreset preset = DemoPreset.FULL;
        long seed = DEFAULT_SEED;
        LocalDate start = DemoNetwork.nextMonday(clock);
        String database = DEFAULT_DATABASE;
        Optional<Path> envFile = Optional.empty();
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[i + 1];
            switch (option) {
                case "--preset" -> preset = preset(value);
                case "--seed" -> seed = seed(value);
                case "--start" -> start = start(value);
                case "--database" -> database = database(value);
                case "--env-file" -> envFile = Optional.of(Path.of(value));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new DemoOptions(preset, seed, start, database, envFile);
    }

    private static DemoPreset preset(String value) {
        try {
            return DemoPreset.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--preset must be FULL or SMALL, not " + value, e);
        }
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed must be a whole number, not " + value, e);
        }
    }

    private static LocalDate start(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--start must be a date like 2026-12-07, not " + value, e);
        }
    }

    /** Lower-case letters, digits and underscores: the name goes into CREATE DATABASE. */
    private static String database(String value) {
        if (!value.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException(
                    "--database must be lower-case letters, digits and underscores, starting with a letter");
        }
        return value;
    }
}
