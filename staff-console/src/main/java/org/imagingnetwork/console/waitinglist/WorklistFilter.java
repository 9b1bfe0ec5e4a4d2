package org.imagingnetwork.console.waitinglist;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.validation.FieldError;

/**
 * What the waiting list is narrowed to, read from the page's query (and the CSV export's, which
 * takes the same one). Empty fields mean "any"; without a state the list shows the requests still
 * waiting to be scanned.
 *
 * @param band weeks waited, as the DM01 return bands them: 0 means 0–1 weeks … 12 means 12–13, 13 means 13 or more
 * @param breachBy only requests that breach six weeks on or before this day
 * @param noSlotBeforeBreach only requests for which no site the patient accepts has a free slot for their exam before the breach date
 */
public record WorklistFilter(
        Optional<String> trust,
        Optional<String> site,
        Optional<Modality> modality,
        Optional<String> exam,
        Optional<Priority> priority,
        Optional<RequestState> state,
        Optional<Integer> band,
        Optional<LocalDate> breachBy,
        boolean shortNoticeOnly,
        boolean noSlotBeforeBreach,
        int page) {

    public static final int LAST_BAND = 13;
    static final int PAGE_SIZE = 25;

    /** A filter read from query parameters, or the fields that could not be read, named as the form names them. */
    public record Parsed(WorklistFilter filter, List<FieldError> errors) {}

    public static Parsed parse(Map<String, String> query) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> trust = code(query, "trust", errors);
        Optional<String> site = code(query, "site", errors);
        Optional<Modality> modality = choice(query, "modality", Modality::valueOf, "a modality from the list", errors);
        Optional<String> exam = code(query, "exam", errors);
        Optional<Priority> priority = choice(query, "priority", Priority::valueOf, "a priority from the list", errors);
        Optional<RequestState> state = choice(query, "state", RequestState::valueOf, "a state from the list", errors);
        Optional<Integer> band = choice(
                query,
                "band",
                v -> {
                    int weeks = Integer.parseInt(v);
                    if (weeks < 0 || weeks > LAST_BAND) {
                        throw new IllegalArgumentException();
                    }
                    return weeks;
                },
                "a band of weeks waited from the list",
                errors);
        Optional<LocalDate> breachBy = choice(query, "breachBy", LocalDate::parse, "a date like 2026-12-31", errors);
        boolean shortNotice = flag(query, "shortNotice", errors);
        boolean noSlot = flag(query, "noSlotBeforeBreach", errors);
        int page = choice(
                        query,
                        "page",
                        v -> {
                            int p = Integer.parseInt(v);
                            if (p < 1 || p > 100_000) {
                                throw new IllegalArgumentException();
                            }
                            return p;
                        },
                        "a page number",
                        errors)
                .orElse(1);
        return new Parsed(
                new WorklistFilter(
                        trust, site, modality, exam, priority, state, band, breachBy, shortNotice, noSlot, page),
                List.copyOf(errors));
    }

    /** The filter as query parameters, without the page: for the CSV link, the pages' links and the form. */
    public Map<String, String> asQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        trust.ifPresent(v -> q.put("trust", v));
        site.ifPresent(v -> q.put("site", v));
        modality.ifPresent(v -> q.put("modality", v.name()));
        exam.ifPresent(v -> q.put("exam", v));
        priority.ifPresent(v -> q.put("priority", v.name()));
        state.ifPresent(v -> q.put("state", v.name()));
        band.ifPresent(v -> q.put("band", String.valueOf(v)));
        breachBy.ifPresent(v -> q.put("breachBy", v.toString()));
        if (shortNoticeOnly) {
            q.put("shortNotice", "true");
        }
        if (noSlotBeforeBreach) {
            q.put("noSlotBeforeBreach", "true");
        }
        return q;
    }

    /** {@link #asQuery()} as a URL query string, for links to other pages of the same list. */
    public String queryString() {
        return asQuery().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The states the list shows: the one asked for, or every state in which the patient still waits. */
    List<String> states() {
        return state.map(s -> List.of(s.name()))
                .orElseGet(() -> Arrays.stream(RequestState.values())
                        .filter(RequestState::isOpen)
                        .map(Enum::name)
                        .toList());
    }

    private static Optional<String> code(Map<String, String> query, String field, List<FieldError> errors) {
        return choice(
                query,
                field,
                v -> {
                    if (!v.matches("[A-Z0-9]{3,12}")) {
                        throw new IllegalArgumentException();
                    }
                    return v;
                },
                "a code of 3 to 12 capital letters or digits",
                errors);
    }

    private static boolean flag(Map<String, String> query, String field, List<FieldError> errors) {
        return choice(
                        query,
                        field,
                        v -> switch (v) {
                            case "true", "on" -> true;
                            case "false" -> false;
                            default -> throw new IllegalArgumentException();
                        },
                        "true or false",
                        errors)
                .orElse(false);
    }

    private static <T> Optional<T> choice(
            Map<String, String> query,
            String field,
            Function<String, T> read,
            String expected,
            List<FieldError> errors) {
        String raw = query.get(field);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(read.apply(raw.strip()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new FieldError(field, "Enter " + expected));
            return Optional.empty();
        }
    }
}
