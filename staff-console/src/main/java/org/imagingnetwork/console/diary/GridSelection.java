package org.imagingnetwork.console.diary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Which part of the diary the grid shows: the rooms of a site, of a trust, or of one modality across
 * the trusts in scope (or a modality at a site or trust), for one day or the Monday-to-Sunday week
 * around it. Read from the page's query; empty fields mean "any", but one of site, trust and
 * modality must be chosen before anything is listed, as the whole network's rooms make no grid.
 */
public record GridSelection(
        Optional<String> site, Optional<String> trust, Optional<Modality> modality, View view, LocalDate date) {

    public enum View {
        WEEK,
        DAY
    }

    /** A selection read from query parameters, or the fields that could not be read, named as the form names them. */
    public record Parsed(GridSelection selection, List<FieldError> errors) {}

    public static Parsed parse(Map<String, String> query, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> site = read(query, "site", GridSelection::code, "a site from the list", errors);
        Optional<String> trust = read(query, "trust", GridSelection::code, "a trust from the list", errors);
        Optional<Modality> modality = read(query, "modality", Modality::valueOf, "a modality from the list", errors);
        View view = read(query, "view", v -> View.valueOf(v.toUpperCase(java.util.Locale.ROOT)), "day or week", errors)
                .orElse(View.WEEK);
        LocalDate date = read(query, "date", LocalDate::parse, "a date like 2026-12-14", errors)
                .orElse(today);
        return new Parsed(new GridSelection(site, trust, modality, view, date), List.copyOf(errors));
    }

    /** Whether enough is chosen to draw a grid. */
    public boolean chosen() {
        return site.isPresent() || trust.isPresent() || modality.isPresent();
    }

    public LocalDate first() {
        return view == View.DAY ? date : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate last() {
        return view == View.DAY ? date : first().plusDays(6);
    }

    /** The days the grid has columns for, in order. */
    public List<LocalDate> days() {
        return first().datesUntil(last().plusDays(1)).toList();
    }

    /** The same rooms a period earlier or later: a day or a week. */
    public GridSelection moved(int periods) {
        return new GridSelection(
                site, trust, modality, view, date.plusDays((long) periods * (view == View.DAY ? 1 : 7)));
    }

    /** The query of the same rooms on one day: the grid's day headings link to it. */
    public String dayQuery(LocalDate day) {
        return new GridSelection(site, trust, modality, View.DAY, day).queryString();
    }

    /** The selection as query parameters: for links to other periods and back from a session. */
    public Map<String, String> asQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        site.ifPresent(v -> q.put("site", v));
        trust.ifPresent(v -> q.put("trust", v));
        modality.ifPresent(v -> q.put("modality", v.name()));
        q.put("view", view.name().toLowerCase(java.util.Locale.ROOT));
        q.put("date", date.toString());
        return q;
    }

    public String queryString() {
        return asQuery().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String code(String value) {
        if (!value.matches("[A-Z0-9]{3,12}")) {
            throw new IllegalArgumentException();
        }
        return value;
    }

    private static <T> Optional<T> read(
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
            errors.add(new FieldError(field, "Choose " + expected));
            return Optional.empty();
        }
    }
}
