package org.imagingnetwork.optimizer.allocation;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;

/**
 * The exam one patient needs: its code and name, the modality and equipment the room must have
 * (the catalogue's plus what this patient adds, such as a wide bore for claustrophobia), and how
 * long it takes for a patient of their age.
 */
public record ExamNeed(ExamCode code, String name, Modality modality, Set<Capability> equipment, Duration duration) {

    public ExamNeed {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modality, "modality");
        equipment = Set.copyOf(equipment);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("exam " + code + " needs a positive duration");
        }
    }
}
