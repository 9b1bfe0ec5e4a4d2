package org.imagingnetwork.console.booking;

import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.console.web.Show;
import org.imagingnetwork.core.choice.FreeSlots;
import org.imagingnetwork.core.choice.SlotChoice;
import org.imagingnetwork.core.choice.SlotSearch;
import org.imagingnetwork.core.choice.TimeBands;
import org.imagingnetwork.core.choice.WhereSearch;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;

/**
 * A week of free times at one site for the request, as the portal's "choose when" finds them
 * (core's {@link FreeSlots} with the same slot search), drawn as radio buttons. A site the request
 * cannot choose is not found.
 */
@Singleton
final class TimesPage {

    record Time(long slotId, String label) {}

    record Day(String label, List<Time> times) {}

    private final SlotChoice choice;
    private final FreeSlots freeSlots;
    private final WhereSearch where;
    private final Clock clock;

    TimesPage(SlotChoice choice, FreeSlots freeSlots, WhereSearch where, Clock clock) {
        this.choice = choice;
        this.freeSlots = freeSlots;
        this.where = where;
        this.clock = clock;
    }

    ModelAndView<Map<String, Object>> draw(
            Bookable.Subject subject,
            String siteCode,
            String week,
            TimeBands bands,
            List<FieldError> errors,
            Map<String, Object> model) {
        Site site = choice.site(subject.choice(), siteCode).orElseThrow(PageNotFound::new);
        Instant now = clock.instant();
        LocalDate today = London.clinicDay(now);
        Instant earliestAllowed = now.plus(WhereSearch.MINIMUM_NOTICE);
        LocalDate start = parse(week).filter(d -> !d.isBefore(today)).orElseGet(() -> {
            Map<String, Instant> earliest = where.earliestBySite(
                    subject.choice(), List.of(siteCode), bands, earliestAllowed, now.plus(WhereSearch.HORIZON));
            return earliest.containsKey(siteCode) ? London.clinicDay(earliest.get(siteCode)) : today;
        });
        Instant from = later(London.moment(start, LocalTime.MIDNIGHT), earliestAllowed);
        Instant until = London.moment(start.plusDays(7), LocalTime.MIDNIGHT);
        Map<LocalDate, List<Time>> byDay = new LinkedHashMap<>();
        for (FreeSlots.FreeSlot slot :
                freeSlots.at(subject.choice(), siteCode, SlotSearch.of(subject.choice(), today, bands), from, until)) {
            byDay.computeIfAbsent(London.clinicDay(slot.startsAt()), d -> new ArrayList<>())
                    .add(new Time(
                            slot.id().value(),
                            Show.INSTANCE.time(slot.startsAt()) + " to " + Show.INSTANCE.time(slot.endsAt())));
        }
        model.put("site", site);
        model.put(
                "days",
                byDay.entrySet().stream()
                        .map(e -> new Day(Show.INSTANCE.day(e.getKey()), e.getValue()))
                        .toList());
        model.put("weekLabel", Show.INSTANCE.day(start));
        model.put(
                "previousWeek",
                start.isAfter(today) ? max(start.minusDays(7), today).toString() : "");
        model.put(
                "nextWeek",
                start.plusDays(7).isBefore(today.plusDays(WhereSearch.HORIZON.toDays()))
                        ? start.plusDays(7).toString()
                        : "");
        model.put(
                "timesQuery",
                bands.bands().stream()
                        .map(b -> "&times=" + b.name().toLowerCase())
                        .reduce("", String::concat));
        model.put("errors", errors);
        return new ModelAndView<>("booking/times", model);
    }

    private static Optional<LocalDate> parse(String week) {
        if (week == null || week.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(week));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
