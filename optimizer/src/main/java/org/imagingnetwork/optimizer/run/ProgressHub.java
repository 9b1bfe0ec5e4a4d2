package org.imagingnetwork.optimizer.run;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Live progress of the runs this instance is solving, for screens that stream it. Screens on other
 * instances read the stored progress instead; every point is stored as well as sent here.
 */
public final class ProgressHub {

    private final Map<RunId, List<Consumer<ScorePoint>>> listeners = new ConcurrentHashMap<>();

    /** Calls the listener with each new best score of the run until the returned handle is closed. */
    public AutoCloseable listen(RunId run, Consumer<ScorePoint> listener) {
        listeners.computeIfAbsent(run, r -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(run, List.of()).remove(listener);
    }

    void publish(RunId run, ScorePoint point) {
        listeners.getOrDefault(run, List.of()).forEach(listener -> listener.accept(point));
    }
}
