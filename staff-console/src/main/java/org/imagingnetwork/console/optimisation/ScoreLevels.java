package org.imagingnetwork.console.optimisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagingnetwork.optimizer.run.RunKind;

/**
 * A run's score level by level, as positive amounts a manager reads ("3 six-week breaches"), from
 * the short text the optimiser stores ({@code [0]hard/[0/-1/-3/-120/-4/-50]soft} for an allocation,
 * {@code -2hard/-120soft} for a diary). The short text leaves out a group that is all zero.
 */
final class ScoreLevels {

    /** Allocation levels, in the optimiser's order: one hard, then the six soft goals from most to least important. */
    static final List<String> ALLOCATION = List.of(
            "Rules broken",
            "Displaced patients without a slot",
            "Urgent and two-week-wait patients late",
            "Six-week breaches",
            "Weighted wait",
            "Uneven waits across sites",
            "Patient travel (tenths of a km)");

    static final List<String> DIARY = List.of("Rules broken", "Cost of demand unmet, backlog and changes");

    private static final Pattern BENDABLE = Pattern.compile("\\[([-0-9/]*)\\](hard|soft)");
    private static final Pattern SIMPLE = Pattern.compile("(-?\\d+)(hard|soft)");

    private ScoreLevels() {}

    /** A disruption re-plan is an allocation of the closed room's patients, scored by the same levels. */
    static List<String> names(RunKind kind) {
        return kind == RunKind.DIARY ? DIARY : ALLOCATION;
    }

    /**
     * The levels whose course the progress chart draws: breaches and weighted wait for an allocation,
     * patients still without a slot and weighted wait for a re-plan, or the diary's two levels.
     */
    static List<Integer> charted(RunKind kind) {
        return switch (kind) {
            case ALLOCATION -> List.of(3, 4);
            case DISRUPTION -> List.of(1, 4);
            case DIARY -> List.of(0, 1);
        };
    }

    static List<Long> of(RunKind kind, String score) {
        int softLevels = names(kind).size() - 1;
        long[] hard = new long[1];
        long[] soft = new long[softLevels];
        Matcher bendable = BENDABLE.matcher(score);
        boolean found = false;
        while (bendable.find()) {
            found = true;
            fill(bendable.group(2).equals("hard") ? hard : soft, bendable.group(1));
        }
        if (!found) {
            Matcher simple = SIMPLE.matcher(score);
            while (simple.find()) {
                long[] target = simple.group(2).equals("hard") ? hard : soft;
                target[0] = Math.abs(Long.parseLong(simple.group(1)));
            }
        }
        List<Long> levels = new ArrayList<>();
        Arrays.stream(hard).forEach(levels::add);
        Arrays.stream(soft).forEach(levels::add);
        return List.copyOf(levels);
    }

    private static void fill(long[] target, String numbers) {
        String[] parts = numbers.split("/");
        for (int i = 0; i < parts.length && i < target.length; i++) {
            target[i] = Math.abs(Long.parseLong(parts[i]));
        }
    }
}
