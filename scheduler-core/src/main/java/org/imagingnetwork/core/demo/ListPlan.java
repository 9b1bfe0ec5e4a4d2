package org.imagingnetwork.core.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.core.diary.SessionTeam;
import org.imagingnetwork.core.diary.SessionType;
import org.imagingnetwork.core.diary.SessionTypes;
import org.imagingnetwork.core.diary.StaffNeed;
import org.imagingnetwork.core.exam.AgeBand;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Skill;

/**
 * A list type as one room runs it: the exams it can really book there (the room has their kit and
 * a slot is long enough for the ages the list sees) and the team it needs, whose lead holds every
 * skill those exams ask for.
 */
record ListPlan(SessionType type, List<ExamCode> allowedExams, List<StaffNeed> team) {

    ListPlan {
        allowedExams = List.copyOf(allowedExams);
        team = List.copyOf(team);
    }

    /** The plan for this type in this room, or the room's general list when the room can book none of the type's exams. */
    static ListPlan of(SessionType type, Room room, Map<ExamCode, Exam> catalogue) {
        List<ExamCode> allowed = new ArrayList<>();
        Set<Skill> examSkills = EnumSet.noneOf(Skill.class);
        for (ExamCode code : type.exams()) {
            Exam exam = catalogue.get(code);
            if (room.has(exam.requiredCapabilities()) && fits(type, exam)) {
                allowed.add(code);
                examSkills.addAll(exam.requiredSkills());
            }
        }
        if (allowed.isEmpty()) {
            SessionType general = SessionTypes.general(type.modality());
            if (general == type) {
                throw new IllegalStateException("room " + room.id() + " can book none of " + type.code());
            }
            return of(general, room, catalogue);
        }
        List<StaffNeed> team = SessionTeam.of(type, examSkills, room.capabilities());
        return new ListPlan(type, allowed, team);
    }

    private static boolean fits(SessionType type, Exam exam) {
        List<AgeBand> bands = type.paediatric() ? List.of(AgeBand.CHILD, AgeBand.INFANT) : List.of(AgeBand.ADULT);
        return bands.stream()
                .anyMatch(band -> DemoExams.offeredTo(exam, band)
                        && exam.durations().get(band).compareTo(type.slotLength()) <= 0);
    }
}
