package org.imagingnetwork.fhir.relay;

import java.net.URI;
import java.util.Optional;
import org.imagingnetwork.fhir.mapping.AppointmentSnapshot;
import org.imagingnetwork.fhir.mapping.SlotSnapshot;

/** What one outbox row asks the relay to write, and where: the appointment, if the row is about one, and its slot. */
record Delivery(OutboxRow row, URI risBaseUrl, Optional<AppointmentSnapshot> appointment, SlotSnapshot slot) {}
