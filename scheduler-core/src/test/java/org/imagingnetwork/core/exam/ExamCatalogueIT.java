package org.imagingnetwork.core.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.support.CoreServices;
import org.imagingnetwork.core.support.NetworkFixture;
import org.junit.jupiter.api.Test;

class ExamCatalogueIT {
    private final ExamCatalogue exams = CoreServices.create().exams();

    @Test
    void findsAnExamByCodeWithWhatItNeedsAndHowLongItTakesByAge() {
        Exam mri = exams.find(new ExamCode(NetworkFixture.MRI_BRAIN)).orElseThrow();

        assertThat(mri.modality()).isEqualTo(Modality.MR);
        assertThat(mri.requiredSkills()).containsExactly(Skill.MR);
        assertThat(mri.durationFor(40)).isEqualTo(Duration.ofMinutes(30));
        assertThat(mri.durationFor(10)).isEqualTo(Duration.ofMinutes(45));
        assertThat(mri.durationFor(2)).isEqualTo(Duration.ofMinutes(60));
        assertThat(mri.preparationWelsh()).isEqualTo("Tynnwch bob metel.");
    }

    @Test
    void aContrastExamSaysSoAndNeedsItsInjector() {
        Exam ct = exams.find(new ExamCode(NetworkFixture.CT_WITH_CONTRAST)).orElseThrow();

        assertThat(ct.contrast()).isTrue();
        assertThat(ct.requiredCapabilities()).containsExactly(Capability.CONTRAST_INJECTOR);
        assertThat(ct.durationFor(8)).as("no child figure: the adult one").isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void listsTheCatalogueInCodeOrderAndKnowsNothingOfUnknownCodes() {
        assertThat(exams.all())
                .extracting(e -> e.code().value())
                .containsSubsequence(
                        NetworkFixture.CT_WITH_CONTRAST, NetworkFixture.MRI_BRAIN, NetworkFixture.CHEST_XRAY);
        assertThat(exams.find(new ExamCode("NOSUCHEXAM"))).isEmpty();
    }
}
