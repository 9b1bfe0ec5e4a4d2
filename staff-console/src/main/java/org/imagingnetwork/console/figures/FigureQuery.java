package org.imagingnetwork.console.figures;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.bi.FigureFilter;
import org.imagingnetwork.core.bi.Grain;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.validation.FieldError;

/**
 * What a dashboard is asked for, read from the page's query (the CSV exports take the same one):
 * optional ICS, trust, site, modality and priority, the period from its first to its last day
 * (both included, as a manager says them) and the grain. Without a period a dashboard shows the
 * last twelve weeks to today, by week.
 */
record FigureQuery(
        Optional<String> ics,
        Optional<String> trust,
        Optional<String> site,
        Optional<Modality> modality,
        Optional<Priority> priority,
        LocalDate from,
        LocalDate to,
        Grain grain) {

    static final int DEFAULT_WEEKS = 12;

    record Parsed(FigureQuery query, List<FieldError> errors) {}

    static Parsed parse(Map<String, String> params, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> ics = read(params, "ics", FigureQuery::code, "an ICS code from the list", errors);
        Optional<String> trust = read(params, "trust", FigureQuery::code, "a trust code from the list", errors);
        Optional<String> site = read(params, "site", FigureQuery::code, "a site code from the list", errors);
        Optional<Modality> modality = read(params, "modality", Modality::valueOf, "a modality from the list", errors);
        Optional<Priority> priority = read(params, "priority", Priority::valueOf, "a priority from the list", errors);
        Optional<LocalDate> from = read(params, "from", LocalDate::parse, "a first day like 2026-12-07", errors);
        Optional<LocalDate> to = read(params, "to", LocalDate::parse, "a last day like 2026-12-31", errors);
        Grain grain =
                read(params, "grain", Grain::valueOf, "days or weeks", errors).orElse(Grain.WEEK);
        LocalDate last = to.orElse(today);
        LocalDate first = from.orElse(
                last.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(DEFAULT_WEEKS - 1L));
        boolean datesRead = errors.stream()
                .noneMatch(e -> e.field().equals("from") || e.field().equals("to"));
        if (datesRead && last.isBefore(first)) {
            errors.add(new FieldError("to", "Enter a last day on or after the first day"));
        } else if (datesRead && ChronoUnit.DAYS.between(first, last) >= FigureFilter.MAX_DAYS) {
            errors.add(new FieldError("to", "Enter a period of at most " + FigureFilter.MAX_DAYS + " days"));
        }
        return new Parsed(
                new FigureQuery(ics, trust, site, modality, priority, first, last, grain), List.copyOf(errors));
    }

    /**
     * The core's filter for a member of staff: their scope, narrowed by what they asked. An ICS, trust
     * or site outside their scope answers "not found", as an id outside scope does anywhere in the
     * console; it never widens what they see.
     */
    FigureFilter filterFor(Scope scope, NetworkReference network) {
        Set<String> icsInScope =
                network.trustsIn(scope).stream().map(t -> t.icsCode()).collect(Collectors.toSet());
        if (ics.isPresent() && !icsInScope.contains(ics.get())) {
            throw new PageNotFound();
        }
        if (trust.isPresent() && !scope.covers(trust.get())) {
            throw new PageNotFound();
        }
        if (site.isPresent()
                && network.site(site.get())
                        .filter(s -> scope.covers(s.trust().value()))
                        .isEmpty()) {
            throw new PageNotFound();
        }
        return new FigureFilter(
                scope.trusts().stream().map(OdsCode::new).collect(Collectors.toSet()),
                ics,
                trust.map(OdsCode::new),
                site.map(OdsCode::new),
                modality,
                priority,
                from,
                to.plusDays(1),
                grain);
    }

    /** The query as the form and the links carry it. */
    Map<String, String> asParameters() {
        Map<String, String> q = new LinkedHashMap<>();
        ics.ifPresent(v -> q.put("ics", v));
        trust.ifPresent(v -> q.put("trust", v));
        site.ifPresent(v -> q.put("site", v));
        modality.ifPresent(v -> q.put("modality", v.name()));
        priority.ifPresent(v -> q.put("priority", v.name()));
        q.put("from", from.toString());
        q.put("to", to.toString());
        q.put("grain", grain.name());
        return q;
    }

    String queryString() {
        return asParameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String code(String value) {
        if (!value.matches("[A-Z0-9]{3,8}")) {
            throw new IllegalArgumentException();
        }
        return value;
    }

    private static <T> Optional<T> read(
            Map<String, String> params,
            String field,
            Function<String, T> reader,
            String expected,
            List<FieldError> errors) {
        String raw = params.get(field);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.apply(raw.strip()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new FieldError(field, "Enter " + expected));
            return Optional.empty();
        }
    }
}
