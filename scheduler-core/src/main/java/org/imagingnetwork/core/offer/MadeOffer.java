package org.imagingnetwork.core.offer;

import java.time.Instant;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;

/** An offer of a released slot just made, for telling the patient once it has committed. */
public record MadeOffer(
        OfferId id, RequestId request, PatientId patient, SlotId slot, Instant slotStart, Instant expiresAt) {}
