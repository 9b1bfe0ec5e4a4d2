package org.imagingnetwork.fhir.slotsearch;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.Optional;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.fhir.mapping.FhirSystems;
import org.imagingnetwork.fhir.security.BearerAuthentication;

/**
 * {@code POST [base]/Appointment} against a free slot, for the patient of a request on the
 * waiting list: {@code slot} = {@code Slot/<id>}, {@code basedOn} = {@code ServiceRequest/<id>},
 * and a Patient participant by NHS number who must be the request's patient. The booking goes
 * through the booking service, so every rule and database guarantee of a booking holds; it is
 * booked in the channel's name, which is how the channel finds and changes it later.
 */
public final class BookingProvider implements IResourceProvider {

    private final BookingService bookings;
    private final SlotSearchRepository repository;

    BookingProvider(BookingService bookings, SlotSearchRepository repository) {
        this.bookings = bookings;
        this.repository = repository;
    }

    @Override
    public Class<Appointment> getResourceType() {
        return Appointment.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam Appointment appointment, RequestDetails request) {
        String channel = BearerAuthentication.callerOf(request, String.class);
        if (appointment.getStatus() != Appointment.AppointmentStatus.BOOKED
                && appointment.getStatus() != Appointment.AppointmentStatus.PROPOSED) {
            throw ChannelRefusals.invalid("Appointment.status", "Ask for a booking with status booked or proposed");
        }
        long slot = idOf(appointment.getSlot(), "Slot", "Appointment.slot", FhirSystems.SLOT);
        long requestId = idOf(appointment.getBasedOn(), "ServiceRequest", "Appointment.basedOn", FhirSystems.REQUEST);
        String nhsNumber = appointment.getParticipant().stream()
                .map(p -> p.getActor().getIdentifier())
                .filter(i -> FhirSystems.NHS_NUMBER.equals(i.getSystem()))
                .map(i -> i.getValue())
                .findFirst()
                .orElseThrow(() -> ChannelRefusals.invalid(
                        "Appointment.participant.actor.identifier",
                        "Name the patient by NHS number (system " + FhirSystems.NHS_NUMBER + ")"));
        SlotSearchRepository.RequestOwner owner = repository
                .ownerOf(requestId)
                .filter(o -> o.nhsNumber().equals(nhsNumber))
                .orElseThrow(() -> ChannelRefusals.unprocessable(
                        "Appointment.basedOn", "No request for this patient has that id"));
        BookingOutcome outcome = bookings.book(new Book(
                new RequestId(requestId),
                new SlotId(slot),
                Actor.channel(channel, new PatientId(owner.patientId())),
                Optional.empty()));
        if (outcome instanceof BookingOutcome.Booked booked) {
            MethodOutcome created = new MethodOutcome(
                    new IdType("Appointment", booked.appointment().id().toString(), "0"), true);
            created.setOperationOutcome(ChannelRefusals.information(
                    "Booked: appointment " + booked.appointment().id()));
            return created;
        }
        throw ChannelRefusals.of(outcome);
    }

    static long idOf(java.util.List<Reference> references, String type, String element, String system) {
        for (Reference reference : references) {
            String value = null;
            if (reference.hasReference() && reference.getReference().startsWith(type + "/")) {
                value = reference.getReferenceElement().getIdPart();
            } else if (system.equals(reference.getIdentifier().getSystem())) {
                value = reference.getIdentifier().getValue();
            }
            if (value != null && value.matches("[0-9]{1,18}")) {
                return Long.parseLong(value);
            }
        }
        throw ChannelRefusals.invalid(element, "Name the " + type + " as " + type + "/<id>");
    }
}
