package org.imagingnetwork.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.booking.Eligibility;
import org.imagingnetwork.core.booking.RequestForBooking;
import org.imagingnetwork.core.booking.SlotForBooking;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.exam.AgeBand;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.OpeningHours;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestEvent;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.rules.AppointabilityRule;
import org.imagingnetwork.core.time.London;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What must hold of every generated network, small and full, before it goes near a database. */
class DemoNetworkInvariantsTest {

    @ParameterizedTest
    @EnumSource(DemoPreset.class)
    void everyNhsNumberPassesItsCheckDigitAndIsUnique(DemoPreset preset) {
        List<Patient> patients = GeneratedNetworks.of(preset).patients();

        assertThat(patients)
                .allSatisfy(p ->
                        assertThat(NhsNumber.isValid(p.nhsNumber().value())).isTrue());
        assertThat(patients.stream().map(p -> p.nhsNumber().value()).distinct()).hasSize(patients.size());
        assertThat(patients)
                .filteredOn(p -> p.isChildOn(GeneratedNetworks.START))
                .isNotEmpty()
                .allSatisfy(child -> assertThat(child.guardian()).isPresent());
    }

    @ParameterizedTest
    @EnumSource(DemoPreset.class)
    void appointmentsNeverDoubleBookASlotOrARequest(DemoPreset preset) {
        DemoNetwork network = GeneratedNetworks.of(preset);
        List<Appointment> appointments = network.appointments();
        Map<Long, Slot> slots = index(network.slots(), s -> s.id().value());

        assertThat(appointments).isNotEmpty();
        assertThat(appointments.stream().map(a -> a.slot().value()).distinct()).hasSize(appointments.size());
        assertThat(appointments.stream().map(a -> a.request().value()).distinct())
                .hasSize(appointments.size());
        assertThat(network.slots().stream().filter(s -> s.status() == SlotStatus.BOOKED))
                .hasSize(appointments.size());
        Set<Long> appointed =
                appointments.stream().map(a -> a.request().value()).collect(Collectors.toSet());
        assertThat(network.requests())
                .allSatisfy(r ->
                        assertThat(r.state() == RequestState.APPOINTED).isEqualTo(appointed.contains(r.id().value())));
        assertThat(appointments).allSatisfy(a -> {
            Slot slot = slots.get(a.slot().value());
            assertThat(slot.status()).isEqualTo(SlotStatus.BOOKED);
            assertThat(a.bookedAt()).isBefore(network.asOf()).isBefore(slot.startsAt());
        });
    }

    @ParameterizedTest
    @EnumSource(DemoPreset.class)
    void everyAppointmentPassesTheBookingServicesEligibilityRules(DemoPreset preset) {
        DemoNetwork network = GeneratedNetworks.of(preset);
        Map<Long, Slot> slots = index(network.slots(), s -> s.id().value());
        Map<Long, Session> sessions = index(network.sessions(), s -> s.id().value());
        Map<String, Room> rooms = index(network.rooms(), Room::id);
        Map<String, Site> sites = index(network.sites(), s -> s.odsCode().value());
        Map<Long, Request> requests = index(network.requests(), r -> r.id().value());
        Map<Long, Patient> patients = index(network.patients(), p -> p.id().value());
        Map<ExamCode, Exam> exams = index(network.exams(), Exam::code);

        for (Appointment appointment : network.appointments()) {
            Slot slot = slots.get(appointment.slot().value());
            Session session = sessions.get(slot.session().value());
            Room room = rooms.get(slot.roomId());
            Site site = sites.get(room.site().value());
            Request request = requests.get(appointment.request().value());
            Patient patient = patients.get(request.patient().value());
            Exam exam = exams.get(request.exam());
            SlotForBooking free = new SlotForBooking(
                    slot.id(),
                    SlotStatus.FREE,
                    slot.startsAt(),
                    slot.endsAt(),
                    session.status(),
                    session.allowedExams(),
                    room.id(),
                    room.capabilities(),
                    room.maxPatientWeightKg(),
                    site.odsCode(),
                    site.minChildAge(),
                    site.trust());
            RequestForBooking waiting = new RequestForBooking(
                    request.id(),
                    patient.id(),
                    patient.dateOfBirth(),
                    RequestState.WAITING,
                    exam.code(),
                    exam.requiredCapabilities(),
                    exam.durationFor(30),
                    exam.durationFor(10),
                    exam.durationFor(2),
                    request.needs(),
                    request.preferences());

            assertThat(Eligibility.check(free, waiting))
                    .as("appointment %s", appointment.id())
                    .isEmpty();
            assertThat(DemoExams.offeredTo(exam, AgeBand.of(patient.ageOn(session.clinicDate()))))
                    .isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(DemoPreset.class)
    void everyReferralOnTheListIsForAnExamDoneAtThePatientsAge(DemoPreset preset) {
        DemoNetwork network = GeneratedNetworks.of(preset);
        Map<Long, Patient> patients =
                network.patients().stream().collect(Collectors.toMap(p -> p.id().value(), p -> p));
        Map<ExamCode, Exam> exams = network.exams().stream().collect(Collectors.toMap(Exam::code, e -> e));

        // Booked requests are checked at their appointment's date by the eligibility test above.
        Set<Long> booked =
                network.appointments().stream().map(a -> a.request().value()).collect(Collectors.toSet());
        assertThat(network.requests())
                .filteredOn(request -> !booked.contains(request.id().value()))
                .allSatisfy(request -> {
                    Patient patient = patients.get(request.patient().value());
                    Exam exam = exams.get(request.exam());
                    // The generator chooses the exam for the patient's age on the day the list is drawn up
                    // (the day before the network starts), as a booking office would see the list.
                    int age = patient.ageOn(network.startDate().minusDays(1));
                    assertThat(DemoExams.offeredTo(exam, AgeBand.of(age)))
                            .as("request %s: %s for a patient aged %d", request.id(), exam.name(), age)
                            .isTrue();
                });
        assertThat(network.requests())
                .as("the catalogue's child-only exams are referred too")
                .anyMatch(request -> !DemoExams.offeredTo(exams.get(request.exam()), AgeBand.ADULT));
    }

    @ParameterizedTest
    @EnumSource(DemoPreset.class)
    void everyStateChangeHasItsEventRowInTimeOrder(DemoPreset preset) {
        DemoNetwork network = GeneratedNetworks.of(preset);
        Map<Long, List<RequestEvent>> history = network.events().stream()
                .collect(Collectors.groupingBy(e -> e.request().value()));

        assertThat(history.keySet()).hasSize(network.requests().size());
        for (Request request : network.requests()) {
            List<RequestEvent> events = history.get(request.id().value());
            assertThat(events.get(0).from()).isEmpty();
            assertThat(events.get(0).to()).isEqualTo(RequestState.RECEIVED);
            assertThat(events.get(0).occurredAt()).isEqualTo(request.receivedAt());
            for (int i = 1; i < events.size(); i++) {
                RequestEvent before = events.get(i - 1);
                RequestEvent step = events.get(i);
                assertThat(step.from()).contains(before.to());
                assertThat(before.to().canMoveTo(step.to()))
                        .as("%s to %s", before.to(), step.to())
                        .isTrue();
                assertThat(step.occurredAt()).isAfterOrEqualTo(before.occurredAt());
            }
            assertThat(events.get(events.size() - 1).to()).isEqualTo(request.state());
            assertThat(events.get(events.size() - 1).occurredAt()).isBefore(network.asOf());
            assertThat(request.version()).isEqualTo(events.size() - 1);
        }
    }

    @ParameterizedTest
    @EnumSource(DemoPreset.class)
    void requestsAreAppointableExactlyWhenTheirTrustsRuleHolds(DemoPreset preset) {
        DemoNetwork network = GeneratedNetworks.of(preset);
        Map<String, AppointabilityRule> rules =
                index(network.rules(), r -> r.trust().orElseThrow().value());
        Map<Long, RequestEvent> madeAppointable = network.events().stream()
                .filter(e -> e.to() == RequestState.WAITING)
                .collect(Collectors.toMap(e -> e.request().value(), Function.identity()));

        assertThat(network.rules()).hasSize(network.trusts().size());
        for (Request request : network.requests()) {
            AppointabilityRule rule =
                    rules.get(request.referral().referringTrust().value());
            Request vetted = vetted(request);
            RequestEvent fired = madeAppointable.get(request.id().value());
            if (fired != null) {
                assertThat(fired.ruleId()).contains(rule.id().value());
                assertThat(rule.holdsFor(vetted, London.clinicDay(fired.occurredAt())))
                        .as("request %s under %s", request.id(), rule.name())
                        .isTrue();
            } else if (request.state() == RequestState.VETTED) {
                assertThat(rule.holdsFor(vetted, London.clinicDay(network.asOf())))
                        .isFalse();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DemoPreset.class)
    void releasedSessionsAreStaffedAndNobodyIsInTwoPlacesAtOnce(DemoPreset preset) {
        DemoNetwork network = GeneratedNetworks.of(preset);
        Map<String, Staff> staff = index(network.staff(), Staff::id);
        Map<String, Room> rooms = index(network.rooms(), Room::id);
        Map<String, List<Session>> byPerson = new HashMap<>();

        for (Session session : network.sessions()) {
            if (session.status() == SessionStatus.RELEASED) {
                assertThat(session.staffIds()).as("session %s", session.id()).isNotEmpty();
            }
            for (String id : session.staffIds()) {
                assertThat(staff.get(id).homeSites())
                        .contains(rooms.get(session.roomId()).site());
                byPerson.computeIfAbsent(id, k -> new ArrayList<>()).add(session);
            }
        }
        byPerson.values().forEach(DemoNetworkInvariantsTest::assertNoOverlap);
        long released = network.sessions().stream()
                .filter(s -> s.status() == SessionStatus.RELEASED)
                .count();
        assertThat(released).isGreaterThan(network.sessions().size() * 95L / 100);
    }

    @ParameterizedTest
    @EnumSource(DemoPreset.class)
    void slotsTileTheirSessionsAndSessionsKeepTheSitesOpeningHours(DemoPreset preset) {
        DemoNetwork network = GeneratedNetworks.of(preset);
        Map<Long, Session> sessions = index(network.sessions(), s -> s.id().value());
        Map<String, Room> rooms = index(network.rooms(), Room::id);
        Map<String, Site> sites = index(network.sites(), s -> s.odsCode().value());

        for (Slot slot : network.slots()) {
            Session session = sessions.get(slot.session().value());
            assertThat(slot.roomId()).isEqualTo(session.roomId());
            assertThat(slot.startsAt()).isAfterOrEqualTo(session.startsAt());
            assertThat(slot.endsAt()).isBeforeOrEqualTo(session.endsAt());
        }
        Map<String, List<Slot>> byRoom = network.slots().stream().collect(Collectors.groupingBy(Slot::roomId));
        byRoom.values().forEach(DemoNetworkInvariantsTest::assertNoSlotOverlap);
        for (Session session : network.sessions()) {
            Site site = sites.get(rooms.get(session.roomId()).site().value());
            OpeningHours open =
                    site.hoursOn(session.clinicDate().getDayOfWeek()).orElseThrow();
            LocalTime from = London.atLondon(session.startsAt()).toLocalTime();
            LocalTime to = London.atLondon(session.endsAt()).toLocalTime();
            assertThat(from).as("session %s", session.id()).isAfterOrEqualTo(open.opens());
            assertThat(to).as("session %s", session.id()).isBeforeOrEqualTo(open.closes());
            assertThat(London.clinicDay(session.startsAt())).isEqualTo(session.clinicDate());
        }
    }

    private static Request vetted(Request request) {
        return new Request(
                request.id(),
                request.patient(),
                request.exam(),
                request.priority(),
                request.dueDate(),
                request.referral(),
                request.receivedAt(),
                request.breachDate(),
                RequestState.VETTED,
                request.needs(),
                request.protocol(),
                request.preferences(),
                request.version());
    }

    private static void assertNoOverlap(List<Session> sessions) {
        List<Session> sorted = sessions.stream()
                .sorted(Comparator.comparing(Session::startsAt))
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i).startsAt())
                    .isAfterOrEqualTo(sorted.get(i - 1).endsAt());
        }
    }

    private static void assertNoSlotOverlap(List<Slot> slots) {
        List<Slot> sorted =
                slots.stream().sorted(Comparator.comparing(Slot::startsAt)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i).startsAt())
                    .isAfterOrEqualTo(sorted.get(i - 1).endsAt());
        }
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
