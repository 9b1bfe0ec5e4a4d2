package org.imagingnetwork.fhir.slotsearch;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.IdType;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.booking.CancelOutcome;
import org.imagingnetwork.core.booking.Reschedule;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.fhir.mapping.FhirSystems;
import org.imagingnetwork.fhir.security.BearerAuthentication;

/**
 * A channel's own appointments, in the manner of GP Connect Appointment Management: read one, search
 * a patient's by NHS number, and change one with {@code PUT} naming the version read in
 * {@code If-Match} — status {@code cancelled} with a {@code cancelationReason} cancels it, another
 * {@code slot} moves it. Both go through the booking service, as the portal's do, so the change,
 * the request's event and the outbox row for the trust's RIS commit together, and the version is
 * checked under the appointment's row lock.
 */
public final class ChannelAppointmentProvider implements IResourceProvider {

    private final BookingService bookings;
    private final ChannelAppointments appointments;
    private final FhirContext context;
    private final Clock clock;

    ChannelAppointmentProvider(
            BookingService bookings, ChannelAppointments appointments, FhirContext context, Clock clock) {
        this.bookings = bookings;
        this.appointments = appointments;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public Class<Appointment> getResourceType() {
        return Appointment.class;
    }

    @Read
    public Appointment read(@IdParam IdType id, RequestDetails request) {
        return visible(request, id).toFhir();
    }

    /**
     * {@code GET [base]/Appointment?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|<n>}, narrowed
     * by {@code start} (GP Connect's name) or {@code date} (R4's) as {@code ge..}/{@code le..}.
     */
    @Search
    public List<Appointment> search(
            @RequiredParam(
                            name = Appointment.SP_PATIENT,
                            chainWhitelist = {"identifier"})
                    ReferenceParam patient,
            @OptionalParam(name = "start") DateRangeParam start,
            @OptionalParam(name = Appointment.SP_DATE) DateRangeParam date,
            RequestDetails request) {
        String channel = BearerAuthentication.callerOf(request, String.class);
        return ofPatient(
                appointments, channel, nhsNumber(patient.toTokenParam(context), "patient.identifier"), start, date);
    }

    /** A patient's appointments by NHS number, for {@code Patient/<id>/Appointment} as well. */
    static List<Appointment> ofPatient(
            ChannelAppointments appointments,
            String channel,
            String nhsNumber,
            DateRangeParam start,
            DateRangeParam date) {
        if (start != null && date != null) {
            throw ChannelRefusals.invalid("start", "Give the window as start or as date, not both");
        }
        Optional<DateRangeParam> window = Optional.ofNullable(start).or(() -> Optional.ofNullable(date));
        return appointments
                .ofPatient(
                        channel,
                        nhsNumber,
                        window.map(DateRangeParam::getLowerBoundAsInstant).map(bound -> bound.toInstant()),
                        window.map(DateRangeParam::getUpperBoundAsInstant).map(bound -> bound.toInstant()))
                .stream()
                .map(ChannelAppointment::toFhir)
                .toList();
    }

    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Appointment sent, RequestDetails request) {
        String channel = BearerAuthentication.callerOf(request, String.class);
        ChannelAppointment current = visible(request, id);
        OptionalInt version = ifMatch(id);
        samePatient(sent, current);
        if (!current.start().isAfter(clock.instant())) {
            // As GP Connect has it: only a future appointment is cancelled or moved. One whose time has
            // come is the trust's to report (arrived, attended, did not attend) through its RIS.
            throw ChannelRefusals.unprocessable(
                    "Appointment.start", "The appointment's time has come; it can no longer be cancelled or moved");
        }
        Actor actor = Actor.channel(channel, new PatientId(current.patientId()));
        if (sent.getStatus() == Appointment.AppointmentStatus.CANCELLED) {
            return cancel(channel, current, sent, actor, version);
        }
        if (sent.getStatus() != Appointment.AppointmentStatus.BOOKED) {
            throw ChannelRefusals.unprocessable(
                    "Appointment.status", "Set the status to cancelled to cancel, or keep it booked to move the slot");
        }
        long slot = BookingProvider.idOf(sent.getSlot(), "Slot", "Appointment.slot", FhirSystems.SLOT);
        if (slot == current.slot()) {
            throw ChannelRefusals.unprocessable(
                    "Appointment.slot", "Name another free slot to move to, or set the status to cancelled");
        }
        BookingOutcome outcome = bookings.reschedule(
                new Reschedule(new AppointmentId(current.id()), new SlotId(slot), actor, Optional.empty(), version));
        if (outcome instanceof BookingOutcome.Booked booked) {
            ChannelAppointment replacement = appointments
                    .find(channel, booked.appointment().id().value())
                    .orElseThrow();
            MethodOutcome moved = new MethodOutcome(replacement.toFhir().getIdElement());
            moved.setResource(replacement.toFhir());
            return moved;
        }
        throw ChannelRefusals.of(outcome);
    }

    private MethodOutcome cancel(
            String channel, ChannelAppointment current, Appointment sent, Actor actor, OptionalInt version) {
        String reason = sent.getCancelationReason().hasText()
                ? sent.getCancelationReason().getText()
                : sent.getCancelationReason().getCodingFirstRep().getDisplay();
        if (reason == null || reason.isBlank()) {
            throw ChannelRefusals.invalid(
                    "Appointment.cancelationReason", "Say why the appointment is cancelled (cancelationReason.text)");
        }
        // The referral still stands when a patient cannot come: it goes back on the waiting list,
        // as it does from the portal; only clinicians end a referral.
        CancelOutcome outcome =
                bookings.cancel(new Cancel(new AppointmentId(current.id()), actor, reason.strip(), true, version));
        if (outcome instanceof CancelOutcome.Cancelled) {
            Appointment cancelled =
                    appointments.find(channel, current.id()).orElseThrow().toFhir();
            MethodOutcome done = new MethodOutcome(cancelled.getIdElement());
            done.setResource(cancelled);
            return done;
        }
        if (outcome instanceof CancelOutcome.VersionConflict stale) {
            throw ChannelRefusals.stale(stale.current());
        }
        if (outcome instanceof CancelOutcome.NotLive notLive) {
            throw ChannelRefusals.unprocessable(
                    "Appointment.status",
                    "The appointment is " + notLive.status().name().toLowerCase() + " and can no longer be cancelled");
        }
        throw ChannelRefusals.notFound("Appointment.id", "No appointment of yours has that id");
    }

    private ChannelAppointment visible(RequestDetails request, IdType id) {
        String channel = BearerAuthentication.callerOf(request, String.class);
        return uuid(id.getIdPart())
                .flatMap(uuid -> appointments.find(channel, uuid))
                .orElseThrow(() -> ChannelRefusals.notFound("Appointment.id", "No appointment of yours has that id"));
    }

    private static OptionalInt ifMatch(IdType id) {
        if (!id.hasVersionIdPart()) {
            throw ChannelRefusals.versionRequired();
        }
        String version = id.getVersionIdPart();
        if (!version.matches("[0-9]{1,9}")) {
            throw ChannelRefusals.invalid("If-Match", "If-Match is the appointment's ETag as read, such as W/\"0\"");
        }
        return OptionalInt.of(Integer.parseInt(version));
    }

    private static void samePatient(Appointment sent, ChannelAppointment current) {
        boolean otherPatient = sent.getParticipant().stream()
                .map(participant -> participant.getActor().getIdentifier())
                .filter(identifier -> FhirSystems.NHS_NUMBER.equals(identifier.getSystem()))
                .anyMatch(identifier -> !current.nhsNumber().equals(identifier.getValue()));
        if (otherPatient) {
            throw ChannelRefusals.unprocessable(
                    "Appointment.participant.actor.identifier", "An appointment stays with its patient");
        }
    }

    static String nhsNumber(TokenParam token, String parameter) {
        if (!FhirSystems.NHS_NUMBER.equals(token.getSystem()) || !NhsNumber.isValid(token.getValue())) {
            throw ChannelRefusals.invalid(
                    parameter, "Name the patient as " + FhirSystems.NHS_NUMBER + "|<a valid 10-digit NHS number>");
        }
        return token.getValue();
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
