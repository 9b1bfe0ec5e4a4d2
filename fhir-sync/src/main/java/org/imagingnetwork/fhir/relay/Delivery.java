package org.imagingnetwork.fhir.relay;

import java.net.URI;
import org.imagingnetwork.fhir.mapping.AppointmentSnapshot;
import org.imagingnetwork.fhir.mapping.SlotSnapshot;

/** What one outbox row asks the relay to write, and where. */
record Delivery(OutboxRow row, URI risBaseUrl, AppointmentSnapshot appointment, SlotSnapshot slot) {}
