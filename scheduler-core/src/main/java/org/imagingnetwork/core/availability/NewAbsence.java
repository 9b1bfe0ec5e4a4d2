package org.imagingnetwork.core.availability;

import java.time.LocalDate;
import org.imagingnetwork.core.audit.StaffActor;

/** A checked absence to record, and who records it and why. */
public record NewAbsence(
        String staffId,
        LocalDate firstDay,
        LocalDate lastDay,
        AbsenceKind kind,
        String note,
        StaffActor recordedBy,
        String reason) {}
