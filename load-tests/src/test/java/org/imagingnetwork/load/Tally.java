package org.imagingnetwork.load;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * How often each outcome happened, counted by the virtual users as they go and printed after the
 * run: what Gatling's figures do not say (a 409 and a 201 are both a request that succeeded).
 */
final class Tally {

    private final String title;
    private final Map<String, LongAdder> counts = new ConcurrentSkipListMap<>();

    Tally(String title) {
        this.title = title;
    }

    void count(String outcome) {
        counts.computeIfAbsent(outcome, key -> new LongAdder()).increment();
    }

    /** One line: the title, then each outcome with its count, in the outcomes' alphabetical order. */
    String report() {
        return title + ": "
                + (counts.isEmpty()
                        ? "nothing counted"
                        : counts.entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue().sum())
                                .collect(Collectors.joining(", ")));
    }
}
