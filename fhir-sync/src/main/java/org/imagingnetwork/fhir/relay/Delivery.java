package org.imagingnetwork.fhir.relay;

import java.net.URI;
import java.util.Optional;
import org.imagingnetwork.fhir.mapping.AppointmentSnapshot;
import org.imagingnetwork.fhir.mapping.RejectionSnapshot;
import org.imagingnetwork.fhir.mapping.SlotSnapshot;

/**
 * What one outbox row asks the relay to write, and where: the appointment, if the row is about one,
 * and its slot; or, for a rejected referral, the rejection alone.
 */
record Delivery(
        OutboxRow row,
        URI risBaseUrl,
        Optional<AppointmentSnapshot> appointment,
        Optional<SlotSnapshot> slot,
        Optional<RejectionSnapshot> rejection) {

    Delivery {
        if (slot.isPresent() == rejection.isPresent() || (appointment.isPresent() && slot.isEmpty())) {
            throw new IllegalArgumentException(
                    "row " + row.id() + " is about a slot (and its appointment) or a referral");
        }
    }

    /** The same writes, to this address of the trust's RIS. */
    Delivery to(URI base) {
        return new Delivery(row, base, appointment, slot, rejection);
    }
}
