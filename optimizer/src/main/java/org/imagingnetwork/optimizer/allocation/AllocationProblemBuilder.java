package org.imagingnetwork.optimizer.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.Trust;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.optimizer.sessiontype.SessionTypes;

/**
 * Builds an allocation problem from the network's records: every free or booked slot of a released
 * session in scope, each booked request pinned to its slot, and each waiting request in scope free
 * to be placed. Records that cannot be planned (an exam not in the catalogue, a patient missing) are
 * left out and counted, never guessed.
 */
public final class AllocationProblemBuilder {

    private final AllocationPolicy policy;
    private final SessionTypes types;
    private final HomeLocator locator;

    public AllocationProblemBuilder(AllocationPolicy policy, SessionTypes types, HomeLocator locator) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.types = Objects.requireNonNull(types, "types");
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    public Built build(AllocationSources sources, AllocationScope scope, Instant now) {
        Horizon horizon = scope.horizon();
        Map<OdsCode, Trust> trusts = new HashMap<>();
        sources.network().trusts().forEach(trust -> trusts.put(trust.odsCode(), trust));
        Map<OdsCode, Venue> venues = new HashMap<>();
        Map<OdsCode, GeoPoint> trustHomes = new HashMap<>();
        sources.network().sites().stream()
                .sorted(Comparator.comparing(s -> s.odsCode().value()))
                .forEach(site -> {
                    Trust trust = Objects.requireNonNull(trusts.get(site.trust()), "trust of site " + site.odsCode());
                    venues.put(site.odsCode(), Venue.of(site, trust));
                    trustHomes.putIfAbsent(site.trust(), site.location());
                });
        Map<String, Room> rooms = sources.network().roomsById();
        Map<String, Staff> staff = new HashMap<>();
        sources.network().staff().forEach(member -> staff.put(member.id(), member));
        ListCovers covers = new ListCovers(types, staff);
        Map<ExamCode, Exam> exams = new HashMap<>();
        sources.exams().forEach(exam -> exams.put(exam.code(), exam));
        Map<SessionId, Session> sessions = new HashMap<>();
        sources.sessions().forEach(session -> sessions.put(session.id(), session));

        List<OpenSlot> slots = new ArrayList<>();
        Map<SlotId, OpenSlot> slotById = new HashMap<>();
        for (Slot slot : sources.slots()) {
            Session session = sessions.get(slot.session());
            Room room = rooms.get(slot.roomId());
            if (session == null
                    || room == null
                    || session.status() != SessionStatus.RELEASED
                    || slot.status() == SlotStatus.BLOCKED) {
                continue;
            }
            Venue venue = venues.get(room.site());
            LocalDate day = London.clinicDay(slot.startsAt());
            if (!horizon.contains(day) || !scope.coversSite(room.site()) || !scope.coversModality(room.modality())) {
                continue;
            }
            boolean booked = sources.liveBookings().containsKey(slot.id());
            OpenSlot open = new OpenSlot(
                    slot.id(),
                    session.id(),
                    room,
                    venue,
                    session.allowedExams(),
                    covers.of(session, room),
                    slot.startsAt(),
                    slot.endsAt(),
                    booked);
            slots.add(open);
            slotById.put(slot.id(), open);
        }

        List<Placement> placements = new ArrayList<>();
        int skipped = 0;
        Map<RequestId, Request> booked = new HashMap<>();
        sources.booked().forEach(request -> booked.put(request.id(), request));
        for (Map.Entry<SlotId, RequestId> booking : sources.liveBookings().entrySet()) {
            OpenSlot slot = slotById.get(booking.getKey());
            Request request = booked.get(booking.getValue());
            if (slot == null) {
                continue;
            }
            Optional<ListedRequest> listed =
                    request == null ? Optional.empty() : listed(request, sources, exams, trustHomes, horizon, now);
            if (listed.isEmpty()) {
                skipped++;
                continue;
            }
            placements.add(Placement.booked(listed.get(), horizon, slot));
        }
        for (Request request : sources.waiting()) {
            Exam exam = exams.get(request.exam());
            if (!scope.coversReferrer(request.referral().referringTrust())
                    || (exam != null && !scope.coversModality(exam.modality()))) {
                continue;
            }
            Optional<ListedRequest> listed = listed(request, sources, exams, trustHomes, horizon, now);
            if (listed.isEmpty()) {
                skipped++;
                continue;
            }
            placements.add(Placement.waiting(listed.get(), horizon));
        }
        slots.sort(OpenSlot.IN_TIME_ORDER);
        placements.sort(Comparator.comparing(p -> p.request().id().value()));
        return new Built(new AllocationPlan(horizon, slots, placements), skipped);
    }

    private Optional<ListedRequest> listed(
            Request request,
            AllocationSources sources,
            Map<ExamCode, Exam> exams,
            Map<OdsCode, GeoPoint> trustHomes,
            Horizon horizon,
            Instant now) {
        Exam exam = exams.get(request.exam());
        Patient patient = sources.patients().get(request.patient());
        GeoPoint fallbackHome = trustHomes.get(request.referral().referringTrust());
        if (exam == null || patient == null) {
            return Optional.empty();
        }
        Optional<GeoPoint> home = locator.locate(patient).or(() -> Optional.ofNullable(fallbackHome));
        if (home.isEmpty()) {
            return Optional.empty();
        }
        int age = patient.ageOn(horizon.firstDay());
        LocalDate referredOn = London.clinicDay(request.receivedAt());
        return Optional.of(new ListedRequest(
                request.id(),
                patient.nhsNumber().formatted(),
                new ExamNeed(
                        exam.code(), exam.name(), exam.modality(), equipment(exam, request), exam.durationFor(age)),
                request.priority(),
                referredOn,
                request.breachDate(),
                target(request.priority(), referredOn),
                request.dueDate(),
                request.referral().referringTrust(),
                age,
                home.get(),
                request.preferences().acceptableSites(),
                request.preferences().maxTravelKm(),
                earliestStart(request, horizon, now),
                request.needs()));
    }

    /** The catalogue's equipment, a contrast injector when the patient needs contrast, a wide bore for claustrophobia in MRI. */
    private static Set<Capability> equipment(Exam exam, Request request) {
        Set<Capability> needed = EnumSet.noneOf(Capability.class);
        needed.addAll(exam.requiredCapabilities());
        boolean scanner = exam.modality() == Modality.CT || exam.modality() == Modality.MR;
        if (request.needs().needsContrast() && scanner) {
            needed.add(Capability.CONTRAST_INJECTOR);
        }
        if (request.needs().claustrophobic() && exam.modality() == Modality.MR) {
            needed.add(Capability.WIDE_BORE);
        }
        return needed;
    }

    private Optional<LocalDate> target(Priority priority, LocalDate referredOn) {
        return switch (priority) {
            case URGENT -> Optional.of(referredOn.plusDays(policy.urgentTargetDays()));
            case TWO_WEEK_WAIT -> Optional.of(referredOn.plusDays(policy.twoWeekWaitTargetDays()));
            case ROUTINE, PLANNED -> Optional.empty();
        };
    }

    private Instant earliestStart(Request request, Horizon horizon, Instant now) {
        Instant notice = now.plus(request.preferences().shortNotice().orElse(policy.standardNotice()));
        Instant earliest = later(notice, London.moment(horizon.firstDay(), LocalTime.MIDNIGHT));
        if (request.priority() == Priority.PLANNED && request.dueDate().isPresent()) {
            earliest = later(
                    earliest,
                    London.moment(request.dueDate().get().minusDays(policy.plannedEarlyDays()), LocalTime.MIDNIGHT));
        }
        return earliest;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The problem, and how many requests had to be left out because their records could not be planned. */
    public record Built(AllocationPlan plan, int skippedRequests) {}
}
