package org.imagingnetwork.portal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.imagingnetwork.core.validation.FieldError;

/**
 * What is wrong with a form, in the one shape the portal's form fragments read
 * ({@code views/fragments/forms.html}): each error names its field and the message key of what to do
 * about it. The error summary links each to the field's first input — the field's name, unless the
 * page says otherwise (the first radio, the day of a date) — and each field shows its own message. An
 * error about no one field (the time chosen has gone) has no link. A note adds a line to the summary.
 */
public record FormErrors(List<FieldError> list, Map<String, String> anchors, Optional<Note> note) {

    /** A line under the errors: a message key and its one argument ("You have 3 more tries"). */
    public record Note(String key, Object argument) {}

    /** The field of an error that belongs to no one field of the form. */
    public static final String PAGE = "";

    public FormErrors {
        list = List.copyOf(list);
        anchors = Map.copyOf(anchors);
        Objects.requireNonNull(note, "note");
    }

    public static FormErrors none() {
        return new FormErrors(List.of(), Map.of(), Optional.empty());
    }

    public static FormErrors of(List<FieldError> errors) {
        return new FormErrors(errors, Map.of(), Optional.empty());
    }

    /** One error of the form, or of the page as a whole when {@code field} is {@link #PAGE}. */
    public static FormErrors of(String field, String messageKey) {
        return of(List.of(new FieldError(field, messageKey)));
    }

    /** The same errors with this field's summary link going to another input of the page. */
    public FormErrors linking(String field, String inputId) {
        Map<String, String> more = new HashMap<>(anchors);
        more.put(field, inputId);
        return new FormErrors(list, more, note);
    }

    public FormErrors noting(String key, Object argument) {
        return new FormErrors(list, anchors, Optional.of(new Note(key, argument)));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public boolean has(String field) {
        return list.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The message key of the field's first error, for the message beside it; null when it has none. */
    public String messageFor(String field) {
        return list.stream()
                .filter(e -> e.field().equals(field))
                .map(FieldError::message)
                .findFirst()
                .orElse(null);
    }

    /** Where the summary's link to this field goes; null for an error of the whole page. */
    public String anchor(String field) {
        return field.equals(PAGE) ? null : anchors.getOrDefault(field, field);
    }
}
