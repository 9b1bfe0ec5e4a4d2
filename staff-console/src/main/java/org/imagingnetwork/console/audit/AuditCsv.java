package org.imagingnetwork.console.audit;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imagingnetwork.console.web.CsvField;
import org.imagingnetwork.core.audit.AuditEntry;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.time.London;

/** The audit log as CSV (RFC 4180), one entry a line, newest first, times in London time. */
final class AuditCsv {

    static final String HEADER = "id,occurred_at,actor,role,organisation,action,patient_id,detail,reason\r\n";

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(London.ZONE);

    private AuditCsv() {}

    static String line(AuditEntry e) {
        return Stream.of(
                                String.valueOf(e.id()),
                                MOMENT.format(e.occurredAt()),
                                e.actor(),
                                e.role(),
                                e.organisation(),
                                e.action(),
                                e.patient().map(PatientId::toString).orElse(""),
                                e.detail(),
                                e.reason())
                        .map(CsvField::of)
                        .collect(Collectors.joining(","))
                + "\r\n";
    }
}
