package org.imagingnetwork.portal.offers;

import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;

/** A waiting patient who could take a released slot. */
record Candidate(RequestId request, PatientId patient, String postcode, Integer maxTravelKm) {}
