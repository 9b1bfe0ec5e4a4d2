package org.imagingnetwork.optimizer.sessiontype;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    void takesTheNetworksListsAndAddsItsOwnForWhatTheyDoNotRun() {
        assertThat(TYPES.all())
                .extracting(SessionType::code)
                .as(
                        "the catalogue's lists that run these exams, a contrast list for the exam none runs, sedation and anaesthetic lists")
                .containsExactlyInAnyOrder(
                        "XR_GENERAL",
                        "XR_PAEDIATRIC",
                        "MR_GENERAL",
                        "MR_CARDIAC",
                        "MR_PAEDIATRIC",
                        "MR-CON",
                        "MR-SED",
                        "MR-GA");
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
        SessionType cardiac = TYPES.find("MR_CARDIAC").orElseThrow();
        assertThat(cardiac.exams()).containsExactly(HEART.code());
        assertThat(cardiac.equipment()).containsExactlyInAnyOrder(Capability.CARDIAC, Capability.CONTRAST_INJECTOR);
        assertThat(cardiac.cover()).containsExactly(Skill.CONTRAST_CANNULATION);
        assertThat(TYPES.find("MR_PAEDIATRIC").orElseThrow().cover())
                .as("children are scanned asleep on paediatric MRI lists")
                .containsExactlyInAnyOrder(Skill.PAEDIATRIC, Skill.SEDATION);
        assertThat(TYPES.find("MR_GENERAL").orElseThrow().family()).isEqualTo("MRI general");
    }

    @Test
    void picksTheListAPatientIsSeenOn() {
        assertThat(TYPES.listFor(BRAIN, 40, false, false))
                .map(SessionType::code)
                .contains("MR_GENERAL");
        assertThat(TYPES.listFor(BRAIN, 6, false, false)).map(SessionType::code).contains("MR_PAEDIATRIC");
        assertThat(TYPES.listFor(BRAIN, 6, true, false)).map(SessionType::code).contains("MR_PAEDIATRIC");
        assertThat(TYPES.listFor(BRAIN, 40, true, false)).map(SessionType::code).contains("MR-SED");
        assertThat(TYPES.listFor(BRAIN, 3, true, true)).map(SessionType::code).contains("MR-GA");
        assertThat(TYPES.listFor(LIVER_CONTRAST, 40, false, false))
                .map(SessionType::code)
                .contains("MR-CON");
        assertThat(TYPES.listFor(HEART, 12, false, false))
                .as("no paediatric cardiac list: the child goes on the specialist list")
                .map(SessionType::code)
                .contains("MR_CARDIAC");
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
                "",
                Optional.empty());
    }
}
