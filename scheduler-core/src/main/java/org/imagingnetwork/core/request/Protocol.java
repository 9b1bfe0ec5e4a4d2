package org.imagingnetwork.core.request;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/** What vetting settled: the protocol to run and the kidney function result contrast needs. */
public record Protocol(Optional<String> protocol, OptionalInt egfr, Optional<LocalDate> egfrMeasuredOn) {
    public static Protocol notSet() {
        return new Protocol(Optional.empty(), OptionalInt.empty(), Optional.empty());
    }
}
