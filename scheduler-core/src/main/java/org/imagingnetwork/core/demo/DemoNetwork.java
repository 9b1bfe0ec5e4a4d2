package org.imagingnetwork.core.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Ics;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.Trust;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestEvent;
import org.imagingnetwork.core.rules.AppointabilityRule;
import org.imagingnetwork.core.time.London;

/**
 * A generated imaging network at West Midlands scale (or a small part of it), as it stands at
 * {@code asOf}, 18:00 London time on the day before {@code startDate}: reference data, a diary of
 * sessions and slots from the start date, patients, their requests with every state change, the
 * trusts' appointability rules, and the appointments already booked. The same preset, seed and start
 * date always give an equal network.
 *
 * <p>Ids (sessions, slots, patients, requests, rules) are numbered from 1 within the network;
 * {@code DemoNetworkLoader} maps them onto whatever a database already holds.
 *
 * <pre>{@code
 * DemoNetwork network = DemoNetwork.generate(DemoPreset.SMALL, 42, LocalDate.of(2026, 12, 7));
 * new DemoNetworkLoader(database).load(network);
 * }</pre>
 */
public record DemoNetwork(
        DemoPreset preset,
        long seed,
        LocalDate startDate,
        Instant asOf,
        List<Ics> integratedCareSystems,
        List<Trust> trusts,
        List<Site> sites,
        List<Room> rooms,
        List<Staff> staff,
        List<Exam> exams,
        List<Session> sessions,
        List<Slot> slots,
        List<Patient> patients,
        List<Request> requests,
        List<RequestEvent> events,
        List<AppointabilityRule> rules,
        List<Appointment> appointments) {

    public DemoNetwork {
        integratedCareSystems = List.copyOf(integratedCareSystems);
        trusts = List.copyOf(trusts);
        sites = List.copyOf(sites);
        rooms = List.copyOf(rooms);
        staff = List.copyOf(staff);
        exams = List.copyOf(exams);
        sessions = List.copyOf(sessions);
        slots = List.copyOf(slots);
        patients = List.copyOf(patients);
        requests = List.copyOf(requests);
        events = List.copyOf(events);
        rules = List.copyOf(rules);
        appointments = List.copyOf(appointments);
    }

    public static DemoNetwork generate(DemoPreset preset, long seed, LocalDate startDate) {
        return generate(preset, seed, startDate, preset.weeks());
    }

    /**
     * The preset's network with a diary of {@code weeks} weeks instead of the preset's own: a
     * simulation of months needs the diary to run as long as it does.
     */
    public static DemoNetwork generate(DemoPreset preset, long seed, LocalDate startDate, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1");
        }
        Dice dice = Dice.seeded(seed);
        Instant asOf = London.moment(startDate.minusDays(1), LocalTime.of(18, 0));
        LocalDate today = startDate.minusDays(1);
        Places places = Places.of(preset);
        List<Exam> exams = DemoExams.ALL;
        Map<ExamCode, Exam> catalogue = exams.stream().collect(Collectors.toMap(Exam::code, Function.identity()));
        List<Room> rooms = RoomPlanner.plan(preset, places.siteSeeds(), dice.forPart("rooms"));
        Map<String, SiteSeed> seeds =
                places.siteSeeds().stream().collect(Collectors.toMap(SiteSeed::odsCode, Function.identity()));
        Dice templateDice = dice.forPart("templates");
        List<WeeklyTemplate> templates = rooms.stream()
                .map(room ->
                        WeeklyTemplate.draw(room, seeds.get(room.site().value()).kind(), catalogue, templateDice))
                .toList();
        List<Staff> staff = StaffPlanner.plan(preset, places.siteSeeds(), templates, dice.forPart("staff"));
        Diary diary = DiaryPlanner.plan(weeks, startDate, places.siteSeeds(), templates, staff, dice.forPart("diary"));
        List<AppointabilityRule> rules = DemoRules.forTrusts(places.trusts());

        NetworkParts parts = NetworkParts.of(startDate, today, rooms, places.siteSeeds(), exams);
        PatientFactory patients = new PatientFactory(today, dice.forPart("patients"));
        RequestHistory history = new RequestHistory(asOf, dice.forPart("histories"));
        ReferralDrafter drafter = new ReferralDrafter(rules, staff, dice.forPart("referrals"));
        Bookings bookings = new Bookings(parts, drafter, patients, history, dice.forPart("bookings"));
        bookings.bookDiaries(diary, seed);
        new WaitingList(parts, drafter, patients, history, dice.forPart("waiting-list")).refer(diary, weeks);

        return new DemoNetwork(
                preset,
                seed,
                startDate,
                asOf,
                places.integratedCareSystems(),
                places.trusts(),
                places.sites(),
                rooms,
                staff,
                exams,
                diary.sessions(),
                withBookings(diary.slots(), bookings.booked()),
                patients.patients(),
                history.requests(),
                history.events(),
                rules,
                bookings.appointments());
    }

    /**
     * How far a trust's referrals exceed what its own diary can take (demand over capacity): 2.4 at
     * Shrewsbury and Telford, 0.7 at Dudley. The generator shapes waiting lists with it; a simulation
     * draws new referrals with it.
     */
    public static double pressure(OdsCode trust) {
        return WestMidlands.TRUSTS.stream()
                .filter(seed -> seed.odsCode().equals(trust.value()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no West Midlands trust " + trust))
                .pressure();
    }

    /** The demo's default start: the next Monday in London after today, so the whole diary is ahead. */
    public static LocalDate nextMonday(Clock clock) {
        return LocalDate.now(clock.withZone(London.ZONE)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    private static List<Slot> withBookings(List<Slot> slots, BitSet booked) {
        List<Slot> marked = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            marked.add(
                    booked.get(i)
                            ? new Slot(
                                    slot.id(),
                                    slot.session(),
                                    slot.roomId(),
                                    slot.startsAt(),
                                    slot.endsAt(),
                                    SlotStatus.BOOKED)
                            : slot);
        }
        return marked;
    }
}
