package org.imagingnetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Error summaries and field errors come from one fragment ({@code fragments/forms.html}) reading one
 * model shape ({@link FormErrors}): no page carries its own copy of the markup, and every page with a
 * form shows its errors through it.
 */
class FormTemplatesTest {

    private static final Path VIEWS = Path.of("src/main/resources/views");
    private static final Path FRAGMENT = Path.of("fragments/forms.html");

    private static Map<Path, String> templates() {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .collect(Collectors.toMap(VIEWS::relativize, FormTemplatesTest::read));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void onlyTheFragmentHoldsTheErrorMarkup() {
        List<Path> copies = templates().entrySet().stream()
                .filter(t -> !t.getKey().equals(FRAGMENT))
                .filter(t -> t.getValue().contains("nhsuk-error-summary")
                        || t.getValue().contains("nhsuk-error-message"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(copies).isEmpty();
        assertThat(templates()).containsKey(FRAGMENT);
    }

    @Test
    void everyPageWithAFormShowsItsErrorsThroughTheFragmentWithOneModel() {
        Map<Path, String> forms = templates().entrySet().stream()
                .filter(t -> t.getValue().contains("<form"))
                // A form a patient fills in, not one button that confirms or answers.
                .filter(t -> Stream.of(
                                "nhsuk-radios__input", "nhsuk-input", "nhsuk-textarea", "nhsuk-checkboxes__input")
                        .anyMatch(t.getValue()::contains))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(forms).as("the portal's forms").hasSizeGreaterThanOrEqualTo(5);
        assertThat(forms)
                .allSatisfy((page, html) ->
                        assertThat(html).as(page.toString()).contains("~{fragments/forms :: errorSummary(${errors})}"));
        Function<String, Stream<String>> calls = html -> Stream.of(html.split("~\\{fragments/forms :: "))
                .skip(1)
                .map(call -> call.substring(0, call.indexOf('}')));
        assertThat(templates().values().stream().flatMap(calls))
                .as("every use of the fragments passes the one FormErrors model")
                .allMatch(call -> call.startsWith("errorSummary(${errors") || call.startsWith("fieldError(${errors"));
    }
}
