package org.imagingnetwork.simulation.demand;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.ReceiveReferral;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.simulation.run.Streams;

/**
 * New referrals, day by day, as the demo network's demand has them: each trust's weekday referrals
 * for a modality are its own diary's weekly slots of that modality times its pressure (demand over
 * capacity, 2.4 at Shrewsbury and Telford down to 0.7 at Dudley), spread over the five weekdays and
 * drawn from a Poisson distribution (all of it scaled by a factor, to try the network at other loads). Each referral copies one of the trust's generated requests of
 * that modality — its patient, exam, priority mix, clinical needs and preferences (named sites,
 * travel limit, short notice) — so the mix is the generator's own; a planned exam keeps its lead time
 * to the due date. The same seed gives the same referrals to every policy.
 */
public final class Demand {

    private static final LocalTime FIRST = LocalTime.of(8, 0);
    private static final int WORKING_MINUTES = 10 * 60;

    private final Map<String, Map<Modality, List<Template>>> templates;
    private final Map<String, Map<Modality, Double>> weekdayRate;
    private final Streams streams;
    private final int weeklySlots;

    private Demand(
            Map<String, Map<Modality, List<Template>>> templates,
            Map<String, Map<Modality, Double>> weekdayRate,
            Streams streams,
            int weeklySlots) {
        this.templates = templates;
        this.weekdayRate = weekdayRate;
        this.streams = streams;
        this.weeklySlots = weeklySlots;
    }

    /** A referral as a GP or consultant sends it, and when it arrives. */
    public record Arrival(Instant at, ReceiveReferral referral) {}

    private record Template(Request request, String nhsNumber) {}

    /** The network's demand times {@code scale} (1: the demo's own pressures). */
    public static Demand of(DemoNetwork network, Streams streams, double scale) {
        Map<OdsCode, OdsCode> trustOfSite =
                network.sites().stream().collect(Collectors.toMap(Site::odsCode, Site::trust));
        Map<String, Room> rooms = network.rooms().stream().collect(Collectors.toMap(Room::id, Function.identity()));
        Map<ExamCode, Exam> exams = network.exams().stream().collect(Collectors.toMap(Exam::code, Function.identity()));
        Map<PatientId, Patient> patients =
                network.patients().stream().collect(Collectors.toMap(Patient::id, Function.identity()));
        // Capacity is measured over the first fortnight, which the generator lays like every other.
        Instant fortnight = London.moment(network.startDate().plusWeeks(2), LocalTime.MIDNIGHT);
        Map<String, Map<Modality, Integer>> slots = new TreeMap<>();
        network.slots().stream()
                .filter(slot ->
                        slot.status() != SlotStatus.BLOCKED && slot.startsAt().isBefore(fortnight))
                .forEach(slot -> {
                    Room room = rooms.get(slot.roomId());
                    String trust = trustOfSite.get(room.site()).value();
                    slots.computeIfAbsent(trust, t -> new TreeMap<>()).merge(room.modality(), 1, Integer::sum);
                });
        Map<String, Map<Modality, Double>> rates = new TreeMap<>();
        slots.forEach((trust, byModality) -> {
            double pressure = DemoNetwork.pressure(new OdsCode(trust));
            Map<Modality, Double> rate = new TreeMap<>();
            byModality.forEach((modality, count) -> rate.put(modality, count / 2.0 * pressure * scale / 5.0));
            rates.put(trust, rate);
        });
        Map<String, Map<Modality, List<Template>>> templates = new HashMap<>();
        network.requests().stream()
                .sorted(Comparator.comparing(request -> request.id().value()))
                .forEach(request -> templates
                        .computeIfAbsent(request.referral().referringTrust().value(), t -> new HashMap<>())
                        .computeIfAbsent(exams.get(request.exam()).modality(), m -> new ArrayList<>())
                        .add(new Template(
                                request,
                                patients.get(request.patient()).nhsNumber().value())));
        int weekly = slots.values().stream()
                        .flatMap(byModality -> byModality.values().stream())
                        .mapToInt(Integer::intValue)
                        .sum()
                / 2;
        return new Demand(templates, rates, streams, weekly);
    }

    /** Referrals expected on a weekday, per trust: what the simulation's demand adds up to. */
    public Map<String, Double> weekdayReferrals() {
        Map<String, Double> perTrust = new TreeMap<>();
        weekdayRate.forEach((trust, byModality) -> perTrust.put(
                trust,
                byModality.values().stream().mapToDouble(Double::doubleValue).sum()));
        return perTrust;
    }

    /** The network's bookable slots in a week, for setting the demand against. */
    public int weeklySlots() {
        return weeklySlots;
    }

    /** The day's referrals in order of arrival; none at weekends. */
    public List<Arrival> on(LocalDate day, long dayNumber) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return List.of();
        }
        List<Arrival> arrivals = new ArrayList<>();
        weekdayRate.forEach((trust, byModality) -> byModality.forEach((modality, rate) -> {
            List<Template> pool = templates.getOrDefault(trust, Map.of()).getOrDefault(modality, List.of());
            if (pool.isEmpty()) {
                return;
            }
            SplittableRandom random = streams.of("referrals", dayNumber, trust.hashCode(), modality.ordinal());
            int count = Poisson.draw(rate, random);
            for (int i = 0; i < count; i++) {
                Template template = pool.get(random.nextInt(pool.size()));
                Instant at = London.moment(day, FIRST.plusMinutes(random.nextInt(WORKING_MINUTES)));
                arrivals.add(new Arrival(at, referral(template, trust, day)));
            }
        }));
        arrivals.sort(Comparator.comparing(Arrival::at));
        return arrivals;
    }

    private static ReceiveReferral referral(Template template, String trust, LocalDate day) {
        Request request = template.request();
        LocalDate due = request.priority() == Priority.PLANNED
                ? day.plusDays(Math.max(
                        1,
                        ChronoUnit.DAYS.between(
                                London.clinicDay(request.receivedAt()),
                                request.dueDate().orElseThrow())))
                : null;
        return new ReceiveReferral(
                template.nhsNumber(),
                request.exam().value(),
                request.priority(),
                due,
                trust,
                request.referral().clinician(),
                request.needs().needsSedation(),
                request.needs().needsGeneralAnaesthetic(),
                request.needs().weightKg().isPresent()
                        ? request.needs().weightKg().getAsInt()
                        : null,
                request.needs().claustrophobic(),
                request.needs().needsContrast(),
                request.preferences().acceptableSites().stream()
                        .map(OdsCode::value)
                        .collect(Collectors.toCollection(java.util.TreeSet::new)),
                request.preferences().maxTravelKm().isPresent()
                        ? request.preferences().maxTravelKm().getAsInt()
                        : null,
                request.preferences().shortNotice().map(d -> (int) d.toHours()).orElse(null),
                null,
                "system:simulated-referrer");
    }
}
