package org.imagingnetwork.core.reminder;

import java.time.Instant;
import java.util.Locale;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.exam.ExamName;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;

/** A reminder this instance has claimed and must now send: what the patient is told, in either language. */
public record DueReminder(
        AppointmentId appointment,
        ReminderKind kind,
        PatientId patient,
        RequestId request,
        Instant startsAt,
        String siteName,
        ExamName exam,
        String preparation,
        String preparationWelsh) {

    public String preparationIn(Locale locale) {
        return ExamName.welsh(locale) ? preparationWelsh : preparation;
    }
}
