package org.imagingnetwork.optimizer.diary;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.NetworkSnapshot;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.OpeningHours;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.Trust;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.optimizer.sessiontype.SessionType;
import org.imagingnetwork.optimizer.sessiontype.SessionTypes;

/**
 * Builds a diary problem from the network's records: every room's morning and afternoon inside its
 * site's opening hours on each day of the horizon (or the times of the published session there),
 * three staff posts per session, the staff of the sites in scope with their leave, and the demand.
 */
public final class DiaryProblem {

    static final int POSTS_PER_SESSION = 3;
    private static final LocalTime MORNING_START = LocalTime.of(8, 0);
    private static final LocalTime MIDDAY = LocalTime.of(12, 30);
    private static final LocalTime AFTERNOON_START = LocalTime.of(13, 0);
    private static final LocalTime EVENING = LocalTime.of(17, 30);

    private DiaryProblem() {}

    /**
     * @param sites the sites in scope (their rooms are planned; their staff are rostered)
     * @param modality plan only the rooms of this modality, and only its exam families' demand; empty for all
     * @param published the published sessions in the horizon for those rooms, if any
     * @param booked published sessions with patients booked into them, which keep their type
     * @param leave days of leave by staff id
     */
    public static DiaryPlan build(
            NetworkSnapshot network,
            Set<OdsCode> sites,
            Optional<Modality> modality,
            SessionTypes types,
            List<LocalDate> days,
            List<Session> published,
            Set<SessionId> booked,
            Map<String, Set<LocalDate>> leave,
            List<Demand> demand,
            DiaryWeights weights) {
        Map<OdsCode, Site> siteByCode = network.sitesByCode();
        Map<OdsCode, String> localityOfTrust = new HashMap<>();
        network.trusts().forEach(trust -> localityOfTrust.put(trust.odsCode(), trust.icsCode()));
        List<StaffMember> staff = network.staff().stream()
                .filter(member -> member.homeSites().stream().anyMatch(sites::contains))
                .sorted(Comparator.comparing(Staff::id))
                .map(member -> new StaffMember(member, leave.getOrDefault(member.id(), Set.of())))
                .toList();
        Map<String, StaffMember> staffById = new HashMap<>();
        staff.forEach(member -> staffById.put(member.id(), member));

        Map<String, List<Session>> publishedByRoom = new HashMap<>();
        published.forEach(session -> publishedByRoom
                .computeIfAbsent(session.roomId(), r -> new ArrayList<>())
                .add(session));

        List<RoomSession> sessions = new ArrayList<>();
        List<StaffPost> posts = new ArrayList<>();
        long nextId = 1;
        List<Room> rooms = network.rooms().stream()
                .filter(room -> sites.contains(room.site()))
                .filter(room -> modality.map(m -> room.modality() == m).orElse(true))
                .sorted(Comparator.comparing(Room::id))
                .toList();
        for (Room room : rooms) {
            Site site = Objects.requireNonNull(siteByCode.get(room.site()), "site of room " + room.id());
            String locality =
                    Objects.requireNonNull(localityOfTrust.get(site.trust()), "trust of site " + site.odsCode());
            for (LocalDate day : days) {
                for (Frame frame : frames(site, room, day, publishedByRoom.getOrDefault(room.id(), List.of()))) {
                    Optional<Session> was = frame.published();
                    SessionType publishedType =
                            was.flatMap(s -> types.find(s.sessionType())).orElse(null);
                    boolean hasBookings = publishedType != null
                            && was.map(s -> booked.contains(s.id())).orElse(false);
                    RoomSession session = new RoomSession(
                            nextId++,
                            room,
                            site,
                            locality,
                            frame.startsAt(),
                            frame.endsAt(),
                            publishedType,
                            hasBookings);
                    sessions.add(session);
                    List<StaffMember> crew = was.map(s -> s.staffIds().stream()
                                    .sorted()
                                    .map(staffById::get)
                                    .filter(Objects::nonNull)
                                    .toList())
                            .orElse(List.of());
                    for (int position = 0; position < POSTS_PER_SESSION; position++) {
                        StaffMember publishedStaff = position < crew.size() ? crew.get(position) : null;
                        posts.add(new StaffPost(session.id() * 10 + position, session, position, publishedStaff));
                    }
                }
            }
        }
        Set<String> localities = new HashSet<>();
        sessions.forEach(session -> localities.add(session.locality()));
        Set<String> families = new HashSet<>();
        List<SessionType> typesInScope = types.all().stream()
                .filter(type -> modality.map(m -> type.modality() == m).orElse(true))
                .toList();
        typesInScope.forEach(type -> families.add(type.family()));
        List<Demand> inScope = demand.stream()
                .filter(d -> localities.contains(d.locality()) && families.contains(d.family()))
                .toList();
        return new DiaryPlan(typesInScope, staff, inScope, sessions, posts, weights);
    }

    /** Localities of trusts, for callers that forecast demand. */
    public static Map<OdsCode, String> localities(List<Trust> trusts) {
        Map<OdsCode, String> localities = new HashMap<>();
        trusts.forEach(trust -> localities.put(trust.odsCode(), trust.icsCode()));
        return localities;
    }

    private static List<Frame> frames(Site site, Room room, LocalDate day, List<Session> published) {
        List<Frame> frames = new ArrayList<>();
        for (Session session : published) {
            if (session.clinicDate().equals(day)) {
                frames.add(new Frame(session.startsAt(), session.endsAt(), Optional.of(session)));
            }
        }
        Optional<OpeningHours> hours = site.hoursOn(day.getDayOfWeek());
        if (hours.isPresent()) {
            LocalTime opens = later(hours.get().opens(), MORNING_START);
            LocalTime closes = earlier(hours.get().closes(), EVENING);
            addIfFree(frames, day, opens, earlier(MIDDAY, closes));
            addIfFree(frames, day, later(AFTERNOON_START, opens), closes);
        }
        // A session staff closed (a broken scanner, a room out of use) keeps its time from being
        // planned: it stood in for the opening-hours blocks above, and is not a session to run.
        frames.removeIf(frame -> frame.published()
                .map(session -> session.status() == SessionStatus.BLOCKED)
                .orElse(false));
        frames.sort(Comparator.comparing(Frame::startsAt));
        return frames;
    }

    private static void addIfFree(List<Frame> frames, LocalDate day, LocalTime from, LocalTime to) {
        if (!to.isAfter(from.plusMinutes(59))) {
            return;
        }
        Instant start = London.moment(day, from);
        Instant end = London.moment(day, to);
        boolean clashes = frames.stream().anyMatch(f -> f.startsAt().isBefore(end) && start.isBefore(f.endsAt()));
        if (!clashes) {
            frames.add(new Frame(start, end, Optional.empty()));
        }
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime earlier(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }

    /** Working days Monday to Friday from a start day, for a number of weeks. */
    public static List<LocalDate> weekdays(LocalDate from, int weeks) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(from.plusWeeks(weeks)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
    }

    private record Frame(Instant startsAt, Instant endsAt, Optional<Session> published) {}
}
