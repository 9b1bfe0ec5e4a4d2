package org.imagingnetwork.optimizer.allocation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.ClinicalNeeds;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.RequestId;

/** Builds listed requests for tests: by default a routine adult MRI brain, referred four weeks before the horizon. */
public final class Requests {
    private final long id;
    private ExamNeed exam =
            new ExamNeed(TestNetwork.MR_BRAIN, "MRI brain", Modality.MR, Set.of(), Duration.ofMinutes(30));
    private Priority priority = Priority.ROUTINE;
    private LocalDate referredOn = TestNetwork.MONDAY.minusWeeks(4);
    private Optional<LocalDate> targetDate = Optional.empty();
    private Optional<LocalDate> dueDate = Optional.empty();
    private int age = 45;
    private GeoPoint home = TestNetwork.EDGBASTON;
    private Set<OdsCode> acceptableSites = Set.of();
    private OptionalInt maxTravelKm = OptionalInt.empty();
    private Instant earliestStart = TestNetwork.at(TestNetwork.MONDAY, 0, 0);
    private boolean sedation;
    private boolean anaesthetic;
    private OptionalInt weightKg = OptionalInt.empty();
    private OdsCode referringTrust = new OdsCode("RRK");

    private Requests(long id) {
        this.id = id;
    }

    public static Requests request(long id) {
        return new Requests(id);
    }

    public Requests exam(ExamCode code, Modality modality, int minutes, Capability... equipment) {
        Set<Capability> needed = equipment.length == 0 ? Set.of() : EnumSet.of(equipment[0], equipment);
        this.exam = new ExamNeed(code, code.value(), modality, needed, Duration.ofMinutes(minutes));
        return this;
    }

    public Requests urgent(int targetDays) {
        this.priority = Priority.URGENT;
        this.targetDate = Optional.of(referredOn.plusDays(targetDays));
        return this;
    }

    public Requests twoWeekWait() {
        this.priority = Priority.TWO_WEEK_WAIT;
        this.targetDate = Optional.of(referredOn.plusDays(14));
        return this;
    }

    public Requests planned(LocalDate due) {
        this.priority = Priority.PLANNED;
        this.dueDate = Optional.of(due);
        return this;
    }

    public Requests referredOn(LocalDate day) {
        this.targetDate = targetDate.map(target -> day.plusDays(target.toEpochDay() - referredOn.toEpochDay()));
        this.referredOn = day;
        return this;
    }

    public Requests referredBy(OdsCode trust) {
        this.referringTrust = trust;
        return this;
    }

    public Requests age(int years) {
        this.age = years;
        return this;
    }

    public Requests livingAt(GeoPoint where) {
        this.home = where;
        return this;
    }

    public Requests onlyAt(Venue... venues) {
        this.acceptableSites =
                java.util.Arrays.stream(venues).map(Venue::site).collect(java.util.stream.Collectors.toSet());
        return this;
    }

    public Requests travelsAtMost(int km) {
        this.maxTravelKm = OptionalInt.of(km);
        return this;
    }

    public Requests availableFrom(Instant moment) {
        this.earliestStart = moment;
        return this;
    }

    public Requests needsSedation() {
        this.sedation = true;
        return this;
    }

    public Requests needsAnaesthetic() {
        this.anaesthetic = true;
        return this;
    }

    public Requests weighing(int kg) {
        this.weightKg = OptionalInt.of(kg);
        return this;
    }

    public ListedRequest build() {
        return new ListedRequest(
                new RequestId(id),
                "943 476 " + String.format("%04d", id % 10_000),
                exam,
                priority,
                referredOn,
                referredOn.plusWeeks(6),
                targetDate,
                dueDate,
                referringTrust,
                age,
                home,
                acceptableSites,
                maxTravelKm,
                earliestStart,
                new ClinicalNeeds(sedation, anaesthetic, weightKg, false, false));
    }

    public Placement placedIn(OpenSlot slot) {
        Placement placement = Placement.waiting(build(), TestNetwork.WEEK);
        placement.setSlot(slot);
        return placement;
    }

    /** Booked into this slot already: pinned. */
    public Placement bookedIn(OpenSlot slot) {
        return Placement.booked(build(), TestNetwork.WEEK, slot);
    }

    public Placement unplaced() {
        return Placement.waiting(build(), TestNetwork.WEEK);
    }
}
