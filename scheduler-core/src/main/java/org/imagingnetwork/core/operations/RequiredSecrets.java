package org.imagingnetwork.core.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The secrets an app takes from its environment, checked before it starts: outside the demo and
 * test profiles ({@code APP_PROFILE}), an app with a secret missing, too short or left at the
 * development default (every shipped default contains {@code change-me}) refuses to start, naming
 * each variable to set. A deployment that forgot one fails at once instead of signing sessions
 * with a key anyone can read in the repository.
 */
public final class RequiredSecrets {

    /** The variable that names the profile; only these profiles may run on the development defaults. */
    public static final String PROFILE = "APP_PROFILE";

    private static final Set<String> LENIENT_PROFILES = Set.of("demo", "test");
    private static final String DEFAULT_MARKER = "change-me";

    /** One secret: its environment variable and the fewest characters it may have. */
    public record Secret(String variable, int minLength) {}

    private final List<Secret> secrets;

    private RequiredSecrets(List<Secret> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    public static RequiredSecrets of(Secret... secrets) {
        return new RequiredSecrets(List.of(secrets));
    }

    /** What is wrong with the environment's secrets, one line per variable; empty when the app may start. */
    public List<String> problems(Map<String, String> environment) {
        if (LENIENT_PROFILES.contains(environment.getOrDefault(PROFILE, "").trim())) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (Secret secret : secrets) {
            problem(secret, environment.get(secret.variable())).ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * Stops the JVM, saying what to set, when a secret is wrong; returns when all are right. Called
     * first thing in an app's {@code main}.
     */
    public void checkOrExit(Map<String, String> environment) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            System.err.println("Refusing to start (" + PROFILE + " is not demo or test):");
            problems.forEach(p -> System.err.println("  - " + p));
            System.exit(2);
        }
    }

    private static Optional<String> problem(Secret secret, String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("set " + secret.variable() + " (at least " + secret.minLength() + " characters)");
        }
        if (value.contains(DEFAULT_MARKER)) {
            return Optional.of(secret.variable() + " is the development default: set a secret of your own");
        }
        if (value.length() < secret.minLength()) {
            return Optional.of(secret.variable() + " must be at least " + secret.minLength() + " characters");
        }
        return Optional.empty();
    }
}
