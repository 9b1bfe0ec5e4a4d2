package org.imagingnetwork.core.bi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.validation.InvalidFieldException;

/**
 * What a dashboard shows: the trusts the viewer may see ({@code scope}, which the console derives from
 * their role and never from the page), narrowed by an optional ICS, trust, site, modality and priority,
 * over the London days {@code [from, to)}, cut by day or week. A trust or site outside the scope
 * narrows to nothing; it never widens what is seen.
 */
public record FigureFilter(
        Set<OdsCode> scope,
        Optional<String> ics,
        Optional<OdsCode> trust,
        Optional<OdsCode> site,
        Optional<Modality> modality,
        Optional<Priority> priority,
        LocalDate from,
        LocalDate to,
        Grain grain) {

    /** Long enough for a year's trend; a longer period would be a report, not a dashboard. */
    public static final int MAX_DAYS = 400;

    public FigureFilter {
        if (scope == null || scope.isEmpty()) {
            throw new InvalidFieldException("scope", "must name at least one trust the viewer may see");
        }
        scope = Set.copyOf(scope);
        Objects.requireNonNull(ics, "ics");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(priority, "priority");
        if (from == null) {
            throw new InvalidFieldException("from", "enter the first day of the period");
        }
        if (to == null || !to.isAfter(from)) {
            throw new InvalidFieldException("to", "must be after the first day of the period");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new InvalidFieldException("to", "the period can be at most " + MAX_DAYS + " days");
        }
        if (grain == null) {
            throw new InvalidFieldException("grain", "choose days or weeks");
        }
    }

    /** Everything the scope allows over the period, by day. */
    public static FigureFilter of(Set<OdsCode> scope, LocalDate from, LocalDate to) {
        return new FigureFilter(
                scope,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                from,
                to,
                Grain.DAY);
    }

    public FigureFilter withIcs(String code) {
        return new FigureFilter(scope, Optional.of(code), trust, site, modality, priority, from, to, grain);
    }

    public FigureFilter withTrust(OdsCode code) {
        return new FigureFilter(scope, ics, Optional.of(code), site, modality, priority, from, to, grain);
    }

    public FigureFilter withSite(OdsCode code) {
        return new FigureFilter(scope, ics, trust, Optional.of(code), modality, priority, from, to, grain);
    }

    public FigureFilter withModality(Modality value) {
        return new FigureFilter(scope, ics, trust, site, Optional.of(value), priority, from, to, grain);
    }

    public FigureFilter withPriority(Priority value) {
        return new FigureFilter(scope, ics, trust, site, modality, Optional.of(value), from, to, grain);
    }

    public FigureFilter by(Grain value) {
        return new FigureFilter(scope, ics, trust, site, modality, priority, from, to, value);
    }
}
