package org.imagingnetwork.optimizer.sessiontype;

import java.util.Objects;
import java.util.Set;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Skill;

/**
 * What a session runs: one exam family ("MR with contrast", "Paediatric US") of one modality, the
 * exams patients can be booked for in it, the equipment the room needs, and the cover the staff
 * must bring beyond running the modality (contrast cannulation, sedation, general anaesthesia,
 * paediatric training). A paediatric session sees children only.
 */
public record SessionType(
        String code,
        String name,
        Modality modality,
        Set<ExamCode> exams,
        Set<Capability> equipment,
        Set<Skill> cover,
        boolean paediatric) {

    public SessionType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modality, "modality");
        exams = Set.copyOf(exams);
        equipment = Set.copyOf(equipment);
        cover = Set.copyOf(cover);
        if (exams.isEmpty()) {
            throw new IllegalArgumentException("session type " + code + " runs no exam");
        }
    }

    /** The exam family whose demand this session serves; the name, as managers plan by it. */
    public String family() {
        return name;
    }

    public boolean contrast() {
        return cover.contains(Skill.CONTRAST_CANNULATION);
    }

    public boolean sedation() {
        return cover.contains(Skill.SEDATION);
    }

    public boolean generalAnaesthetic() {
        return cover.contains(Skill.GENERAL_ANAESTHESIA);
    }

    @Override
    public String toString() {
        return code;
    }
}
