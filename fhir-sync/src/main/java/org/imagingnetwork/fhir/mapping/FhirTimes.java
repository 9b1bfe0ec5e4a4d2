package org.imagingnetwork.fhir.mapping;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.imagingnetwork.core.time.London;

/** Moments as FHIR instants with the London offset of the day, as a RIS shows them to staff. */
public final class FhirTimes {

    private static final TimeZone LONDON = TimeZone.getTimeZone(London.ZONE);

    private FhirTimes() {}

    public static InstantType instant(Instant moment) {
        return new InstantType(Date.from(moment), TemporalPrecisionEnum.SECOND, LONDON);
    }

    public static DateTimeType dateTime(Instant moment) {
        return new DateTimeType(Date.from(moment), TemporalPrecisionEnum.SECOND, LONDON);
    }
}
