package org.imagingnetwork.optimizer.sessiontype;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.core.exam.AgeBand;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Skill;
import org.junit.jupiter.api.Test;

class SessionTypesTest {

    private static final Exam BRAIN = exam("MBRAI", Modality.MR, false);
    private static final Exam LIVER_CONTRAST = exam("MLIVC", Modality.MR, true, Capability.CONTRAST_INJECTOR);
    private static final Exam HEART = exam("MHEAR", Modality.MR, false, Capability.TESLA_3, Capability.CARDIAC);
    private static final Exam CHEST_XRAY = exam("XCHES", Modality.XR, false);
    private static final SessionTypes TYPES = SessionTypes.from(List.of(BRAIN, LIVER_CONTRAST, HEART, CHEST_XRAY));

    @Test
    void derivesListsForEveryExamFromTheCatalogue() {
        assertThat(TYPES.all())
                .extracting(SessionType::code)
                .containsExactlyInAnyOrder(
                        "MR-GEN", "MR-PAED", "MR-CON", "MR-CARDIAC+TESLA_3", "MR-SED", "MR-GA", "XR-GEN", "XR-PAED");
        for (Exam exam : List.of(BRAIN, LIVER_CONTRAST, HEART, CHEST_XRAY)) {
            assertThat(TYPES.all())
                    .as(exam.code().value())
                    .anyMatch(type -> type.exams().contains(exam.code()));
        }
        SessionType contrast = TYPES.find("MR-CON").orElseThrow();
        assertThat(contrast.equipment()).containsExactly(Capability.CONTRAST_INJECTOR);
        assertThat(contrast.cover()).containsExactly(Skill.CONTRAST_CANNULATION);
        assertThat(TYPES.find("MR-GA").orElseThrow().equipment())
                .containsExactly(Capability.GENERAL_ANAESTHETIC_SUPPORT);
        assertThat(TYPES.find("MR-CARDIAC+TESLA_3").orElseThrow().exams()).containsExactly(HEART.code());
    }

    @Test
    void picksTheListAPatientIsSeenOn() {
        assertThat(TYPES.listFor(BRAIN, 40, false, false))
                .map(SessionType::code)
                .contains("MR-GEN");
        assertThat(TYPES.listFor(BRAIN, 6, false, false)).map(SessionType::code).contains("MR-PAED");
        assertThat(TYPES.listFor(BRAIN, 6, true, false)).map(SessionType::code).contains("MR-SED");
        assertThat(TYPES.listFor(BRAIN, 3, true, true)).map(SessionType::code).contains("MR-GA");
        assertThat(TYPES.listFor(LIVER_CONTRAST, 40, false, false))
                .map(SessionType::code)
                .contains("MR-CON");
        assertThat(TYPES.listFor(HEART, 12, false, false))
                .as("no paediatric cardiac list: the child goes on the specialist list")
                .map(SessionType::code)
                .contains("MR-CARDIAC+TESLA_3");
        assertThat(TYPES.listFor(CHEST_XRAY, 40, false, true))
                .as("no anaesthetic X-ray list")
                .isEmpty();
    }

    private static Exam exam(String code, Modality modality, boolean contrast, Capability... capabilities) {
        return new Exam(
                new ExamCode(code),
                code,
                modality,
                Map.of(AgeBand.ADULT, Duration.ofMinutes(30)),
                Set.of(capabilities),
                Set.of(),
                contrast,
                "",
                "");
    }
}
