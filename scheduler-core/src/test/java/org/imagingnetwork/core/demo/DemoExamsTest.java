package org.imagingnetwork.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamName;
import org.junit.jupiter.api.Test;

/** The demo catalogue speaks to Welsh readers in Welsh: every exam's name and preparation. */
class DemoExamsTest {

    @Test
    void everyExamHasAWelshNameAndWelshPreparation() {
        assertThat(DemoExams.ALL).isNotEmpty().allSatisfy(exam -> {
            assertThat(exam.nameWelsh()).as(exam.name()).isPresent();
            assertThat(exam.nameWelsh().orElseThrow()).as(exam.name()).isNotEqualTo(exam.name());
            assertThat(exam.preparationWelsh()).as(exam.name()).isNotBlank().isNotEqualTo(exam.preparation());
        });
    }

    @Test
    void welshReadersGetTheWelshNameAndOthersTheEnglish() {
        Exam chest = DemoExams.ALL.stream()
                .filter(e -> e.code().value().equals("XCHES"))
                .findFirst()
                .orElseThrow();
        ExamName name = new ExamName(chest.name(), chest.nameWelsh());

        assertThat(name.in(Locale.forLanguageTag("cy"))).isEqualTo("Pelydr-X o\u2019r frest");
        assertThat(name.in(Locale.UK)).isEqualTo("X-ray chest");
        assertThat(new ExamName("CT head", Optional.empty()).in(Locale.forLanguageTag("cy")))
                .as("an exam nobody has named in Welsh keeps its English name")
                .isEqualTo("CT head");
    }
}
