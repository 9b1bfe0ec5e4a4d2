package org.imagingnetwork.console.waitinglist;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imagingnetwork.console.web.CsvField;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;

/** The waiting list as CSV (RFC 4180), one request a line, in the list's order. */
final class WorklistCsv {

    static final String HEADER = "request,nhs_number,patient,date_of_birth,exam_code,exam,modality,priority,state,"
            + "referring_trust,received,weeks_waited,breach_date,short_notice,appointment_site,appointment_at\r\n";

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(London.ZONE);

    private WorklistCsv() {}

    static String line(WorklistRow r) {
        return Stream.of(
                                String.valueOf(r.requestId()),
                                r.nhsNumber(),
                                r.patientName(),
                                r.dateOfBirth().toString(),
                                r.examCode(),
                                r.examName(),
                                r.modality(),
                                r.priority(),
                                r.state(),
                                r.referringTrust(),
                                MOMENT.format(r.receivedAt()),
                                String.valueOf(r.weeksWaited()),
                                r.breachDate().toString(),
                                String.valueOf(r.shortNotice()),
                                r.appointmentSite().orElse(""),
                                r.appointmentAt().map(MOMENT::format).orElse(""))
                        .map(CsvField::of)
                        .collect(Collectors.joining(","))
                + "\r\n";
    }

    static String errors(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("\n", "", "\n"));
    }
}
