package org.imagingnetwork.core.choice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.imagingnetwork.core.booking.SlotChange;
import org.imagingnetwork.core.booking.SlotChangeListener;

/**
 * The earliest fitting free slot of each room for each {@link SlotSearch}, kept for a short while
 * so that "choose where" reads PostgreSQL only for rooms whose answer it does not already hold.
 *
 * <p>An answer stays true until a slot of its room is booked or freed, so every booked or freed slot
 * drops its room's answers: at once for changes made by this instance (the booking service tells
 * {@link #changed} after each commit), and within milliseconds for other instances' (the Redis slot
 * change feed). While that feed is down nothing is kept and every search asks PostgreSQL. Answers
 * also expire after {@link #FRESH_FOR}, which bounds what no announcement covers: a session a
 * diary change added or closed, an announcement lost on its way, and the horizon moving on.
 *
 * <p>Each room carries a generation that every change bumps; an answer is kept only if its room's
 * generation did not move while PostgreSQL was being asked, so a change committed during the query
 * can never be overwritten by the answer read before it.
 */
public final class EarliestFreeSlots implements SlotChangeListener {

    public static final Duration FRESH_FOR = Duration.ofSeconds(30);

    /** A room rarely sees more searches than this between changes; beyond it the oldest answers go. */
    private static final int MOST_PER_ROOM = 512;

    /** What was found for one search in one room: the earliest start at or after {@code from}, if any. */
    private record Answer(Optional<Instant> earliest, Instant from, Instant foundAt) {

        boolean answers(Instant askedFrom, Instant now) {
            return now.isBefore(foundAt.plus(FRESH_FOR))
                    && !askedFrom.isBefore(from)
                    && earliest.map(e -> !e.isBefore(askedFrom)).orElse(true);
        }
    }

    private record Room(long generation, Map<SlotSearch, Answer> answers) {
        static Room at(long generation) {
            return new Room(generation, new ConcurrentHashMap<>());
        }
    }

    private final FreeSlots availability;
    private final Clock clock;
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private volatile boolean trusted;

    public EarliestFreeSlots(FreeSlots availability, Clock clock) {
        this.availability = availability;
        this.clock = clock;
    }

    /**
     * The earliest fitting free start in each of these rooms from {@code from} to {@code until};
     * rooms with none are absent.
     */
    public Map<String, Instant> earliest(SlotSearch search, Collection<String> roomIds, Instant from, Instant until) {
        Instant now = clock.instant();
        Map<String, Instant> found = new HashMap<>();
        Map<String, Long> generations = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        boolean useKept = trusted;
        for (String roomId : roomIds) {
            Room room = rooms.computeIfAbsent(roomId, id -> Room.at(0));
            Answer answer = useKept ? room.answers().get(search) : null;
            if (answer != null && answer.answers(from, now)) {
                answer.earliest().filter(e -> e.isBefore(until)).ifPresent(e -> found.put(roomId, e));
            } else {
                generations.put(roomId, room.generation());
                unknown.add(roomId);
            }
        }
        if (unknown.isEmpty()) {
            return found;
        }
        Map<String, Instant> asked = availability.earliestByRoom(search, unknown, from, until);
        found.putAll(asked);
        if (useKept && trusted) {
            for (String roomId : unknown) {
                keep(
                        roomId,
                        generations.get(roomId),
                        search,
                        new Answer(Optional.ofNullable(asked.get(roomId)), from, now));
            }
        }
        return found;
    }

    private void keep(String roomId, long generation, SlotSearch search, Answer answer) {
        rooms.computeIfPresent(roomId, (id, room) -> {
            if (room.generation() != generation) {
                return room;
            }
            if (room.answers().size() >= MOST_PER_ROOM) {
                room.answers().clear();
            }
            room.answers().put(search, answer);
            return room;
        });
    }

    @Override
    public void changed(SlotChange change) {
        forget(change.room());
    }

    @Override
    public void feedUp() {
        forgetEverything();
        trusted = true;
    }

    @Override
    public void feedDown() {
        trusted = false;
        forgetEverything();
    }

    private void forget(String roomId) {
        rooms.compute(roomId, (id, room) -> Room.at(room == null ? 1 : room.generation() + 1));
    }

    private void forgetEverything() {
        rooms.keySet().forEach(this::forget);
    }
}
