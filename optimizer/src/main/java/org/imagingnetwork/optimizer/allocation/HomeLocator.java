package org.imagingnetwork.optimizer.allocation;

import java.util.Optional;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.patient.Patient;

/** Roughly where a patient lives, to judge travel; empty when their postcode cannot be placed. */
@FunctionalInterface
public interface HomeLocator {
    Optional<GeoPoint> locate(Patient patient);
}
