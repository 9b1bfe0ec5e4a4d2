package org.imagingnetwork.optimizer.explain;

import java.time.LocalDate;
import java.util.Objects;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.request.RequestId;

/**
 * One waiting patient a plan leaves past six weeks, why, and the reason in a manager's words, with
 * the exam and breach date the waiting list finds them by.
 */
public record Breach(
        RequestId request,
        String patient,
        ExamCode exam,
        Modality modality,
        LocalDate breachDate,
        BreachReason reason,
        String inWords) {

    public Breach {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(exam, "exam");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(breachDate, "breachDate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(inWords, "inWords");
    }
}
