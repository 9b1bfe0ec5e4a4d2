package org.imagingnetwork.core.exam;

import java.util.List;
import java.util.Optional;

/** The exams the network offers. */
public interface ExamCatalogue {
    Optional<Exam> find(ExamCode code);

    List<Exam> all();
}
