package org.imagingnetwork.simulation.run;

import java.time.Instant;
import java.util.PriorityQueue;

/** What is due to happen, in time order (and in the order it was planned, at the same moment). */
final class Agenda {

    private record Item(Instant at, long order, Runnable action) {}

    private final PriorityQueue<Item> items = new PriorityQueue<>((a, b) -> {
        int byTime = a.at().compareTo(b.at());
        return byTime != 0 ? byTime : Long.compare(a.order(), b.order());
    });
    private long planned;

    void at(Instant moment, Runnable action) {
        items.add(new Item(moment, planned++, action));
    }

    /** Runs everything due before {@code until}, moving the clock to each moment first. */
    void runUntil(Instant until, java.util.function.Consumer<Instant> moveClock) {
        while (!items.isEmpty() && items.peek().at().isBefore(until)) {
            Item item = items.poll();
            moveClock.accept(item.at());
            item.action().run();
        }
    }
}
