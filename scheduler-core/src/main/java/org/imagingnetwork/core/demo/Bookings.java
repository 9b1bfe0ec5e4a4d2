package org.imagingnetwork.core.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.booking.Eligibility;
import org.imagingnetwork.core.booking.RequestForBooking;
import org.imagingnetwork.core.booking.SlotForBooking;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.diary.SessionType;
import org.imagingnetwork.core.diary.SessionTypes;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.exam.AgeBand;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.request.ClinicalNeeds;
import org.imagingnetwork.core.request.PatientPreferences;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.rules.Condition;
import org.imagingnetwork.core.time.London;

/**
 * Books the diaries as they stand when the demo starts: the next week mostly full, later weeks less
 * so, and a trust over capacity full further ahead. Each booked slot gets a patient referred for one
 * of the list's exams, a request with its history, and an appointment — checked against the same
 * {@link Eligibility} rules a real booking passes, so no generated appointment is one the booking
 * service would refuse.
 */
final class Bookings {

    /** Share of a balanced trust's slots already booked, by week from the start date. */
    private static final double[] BOOKED_BY_WEEK = {
        0.55, 0.40, 0.28, 0.18, 0.12, 0.08, 0.05, 0.04, 0.03, 0.02, 0.02, 0.02
    };

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

    private final NetworkParts parts;
    private final ReferralDrafter drafter;
    private final PatientFactory patients;
    private final RequestHistory history;
    private final Dice dice;
    private final List<Appointment> appointments = new ArrayList<>();
    private final BitSet booked = new BitSet();

    Bookings(NetworkParts parts, ReferralDrafter drafter, PatientFactory patients, RequestHistory history, Dice dice) {
        this.parts = parts;
        this.drafter = drafter;
        this.patients = patients;
        this.history = history;
        this.dice = dice;
    }

    List<Appointment> appointments() {
        return appointments;
    }

    /** Indexes into the diary's slot list of the slots now booked. */
    BitSet booked() {
        return booked;
    }

    void bookDiaries(Diary diary, long seed) {
        int slot = 0;
        List<Slot> slots = diary.slots();
        for (Session session : diary.sessions()) {
            int first = slot;
            while (slot < slots.size() && slots.get(slot).session().equals(session.id())) {
                slot++;
            }
            if (session.status() != SessionStatus.RELEASED) {
                continue;
            }
            Room room = parts.room(session.roomId());
            SiteSeed site = parts.site(room.site().value());
            int week = (int) ChronoUnit.DAYS.between(parts.startDate(), session.clinicDate()) / 7;
            double share = Math.min(
                    0.95, BOOKED_BY_WEEK[Math.min(week, BOOKED_BY_WEEK.length - 1)] * parts.pressure(site.trust()));
            for (int i = first; i < slot; i++) {
                if (dice.chance(share)) {
                    book(i, slots.get(i), session, room, site, seed);
                }
            }
        }
    }

    private void book(int index, Slot slot, Session session, Room room, SiteSeed site, long seed) {
        SessionType type = SessionTypes.find(session.sessionType()).orElseThrow();
        List<ExamCode> exams = session.allowedExams().stream()
                .sorted(Comparator.comparing(ExamCode::value))
                .toList();
        Exam exam = parts.exam(dice.pick(exams));
        LocalDate day = session.clinicDate();
        OptionalInt age = type.paediatric() ? childAge(exam, site, slot.length()) : OptionalInt.of(adultAge(exam));
        if (age.isEmpty()) {
            return;
        }
        Patient patient = patients.patient(age.getAsInt(), day, site.postcode(), parts.nearWales(site.trust()));
        ClinicalNeeds needs = drafter.needs(
                exam,
                patient.ageOn(day),
                room.has(Set.of(Capability.GENERAL_ANAESTHETIC_SUPPORT)),
                room.maxPatientWeightKg());
        Priority priority = drafter.priority(exam.modality());
        Optional<LocalDate> due = Optional.empty();
        if (priority == Priority.PLANNED) {
            LocalDate wanted = day.plusDays(dice.between(-7, 7));
            boolean heldBack = !wanted.minusDays(DemoRules.PLANNED_WINDOW_DAYS).isBefore(parts.today());
            if (heldBack && holdsPlanned(site.trust())) {
                // This trust keeps planned patients off the list until due within its window; one due
                // this far ahead could not have been booked yet.
                priority = Priority.ROUTINE;
            } else {
                due = Optional.of(wanted);
            }
        }
        Instant received = received(priority, due, day, site.trust());
        PatientPreferences preferences = drafter.preferences(parts.sitesOf(site.trust()), Optional.of(site.odsCode()));
        DraftReferral draft = drafter.draft(patient, exam, priority, due, site.trust(), received, needs, preferences);
        String booker = dice.chance(0.3) ? "patient:" + patient.id() : "staff:" + site.trust() + "-bookings";
        String where = London.atLondon(slot.startsAt()).format(WHEN) + " at " + site.name();
        Request request = history.appointed(draft, booker, where);
        check(slot, session, room, site, request, patient, exam);
        UUID id = UUID.nameUUIDFromBytes(
                ("imaging-demo:" + seed + ":appointment:" + request.id()).getBytes(StandardCharsets.UTF_8));
        appointments.add(new Appointment(
                new AppointmentId(id),
                request.id(),
                slot.id(),
                AppointmentStatus.BOOKED,
                history.lastEventAt(),
                booker,
                Optional.empty()));
        booked.set(index);
    }

    private boolean holdsPlanned(String trust) {
        return drafter.ruleOf(trust).conditions().stream().anyMatch(c -> c instanceof Condition.DueWithinDaysIfPlanned);
    }

    /** Referral came a priority-shaped wait before the slot, and at least two days before the demo starts. */
    private Instant received(Priority priority, Optional<LocalDate> due, LocalDate slotDay, String trust) {
        int wait = switch (priority) {
            case URGENT -> dice.between(2, 10);
            case TWO_WEEK_WAIT -> dice.between(5, 13);
            case ROUTINE -> dice.between(14, 14 + (int) (40 * parts.pressure(trust)));
            case PLANNED -> 0;
        };
        LocalDate day = priority == Priority.PLANNED
                ? due.orElseThrow().minusDays(dice.between(60, 180))
                : slotDay.minusDays(wait);
        LocalDate latest = parts.today().minusDays(dice.between(2, 9));
        return drafter.duringWorkingDay(day.isAfter(latest) ? latest : day);
    }

    private OptionalInt childAge(Exam exam, SiteSeed site, Duration slotLength) {
        List<AgeBand> bands = new ArrayList<>();
        for (AgeBand band : List.of(AgeBand.INFANT, AgeBand.CHILD)) {
            int oldest = band == AgeBand.INFANT ? 4 : 17;
            if (DemoExams.offeredTo(exam, band)
                    && exam.durations().get(band).compareTo(slotLength) <= 0
                    && site.minChildAge() <= oldest) {
                bands.add(band);
            }
        }
        if (bands.isEmpty()) {
            return OptionalInt.empty();
        }
        AgeBand band = dice.pick(bands);
        int youngest = Math.max(site.minChildAge(), band == AgeBand.INFANT ? 0 : 5);
        return OptionalInt.of(dice.between(youngest, band == AgeBand.INFANT ? 4 : 17));
    }

    private int adultAge(Exam exam) {
        if (exam.modality() == Modality.DEXA) {
            return (int) dice.normal(68, 9, 50, 92);
        }
        if (exam.modality() == Modality.MAMMOGRAPHY) {
            return (int) dice.normal(56, 11, 25, 90);
        }
        return (int) dice.normal(58, 18, 18, 97);
    }

    /** The booking service's own eligibility rules; a generated appointment that fails them is a generator bug. */
    private void check(
            Slot slot, Session session, Room room, SiteSeed site, Request request, Patient patient, Exam exam) {
        SlotForBooking target = new SlotForBooking(
                slot.id(),
                slot.status(),
                slot.startsAt(),
                slot.endsAt(),
                session.status(),
                session.allowedExams(),
                room.id(),
                room.capabilities(),
                room.maxPatientWeightKg(),
                new OdsCode(site.odsCode()),
                site.seesChildren() ? OptionalInt.of(site.minChildAge()) : OptionalInt.empty(),
                new OdsCode(site.trust()));
        RequestForBooking candidate = new RequestForBooking(
                request.id(),
                patient.id(),
                patient.dateOfBirth(),
                RequestState.WAITING,
                exam.code(),
                exam.requiredCapabilities(),
                exam.durations().get(AgeBand.ADULT),
                exam.durationFor(10),
                exam.durationFor(2),
                request.needs(),
                request.preferences());
        Eligibility.check(target, candidate).ifPresent(error -> {
            throw new IllegalStateException("generated appointment for request " + request.id() + " in slot "
                    + slot.id() + " is not eligible: " + error.message());
        });
    }
}
