package org.imagingnetwork.core.diary;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.StaffRole;

/**
 * A kind of list a room runs: its code (what a session's {@code session_type} holds), the exam
 * family managers plan by, which exams it books, how long each slot is, whether it is a children's
 * list, what the room must have, and who staffs it besides the lead (who must hold every skill the
 * list's exams need).
 */
public record SessionType(
        String code,
        String name,
        Modality modality,
        Duration slotLength,
        List<ExamCode> exams,
        boolean paediatric,
        Set<Capability> roomNeeds,
        StaffRole leadRole,
        List<StaffNeed> others) {

    public SessionType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(slotLength, "slotLength");
        exams = List.copyOf(exams);
        roomNeeds = Set.copyOf(roomNeeds);
        others = List.copyOf(others);
    }
}
