package org.imagingnetwork.portal.choice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.choice.ChoiceRequest;
import org.imagingnetwork.core.choice.FreeSlots;
import org.imagingnetwork.core.choice.SlotChoice;
import org.imagingnetwork.core.choice.SlotSearch;
import org.imagingnetwork.core.choice.TimeBands;
import org.imagingnetwork.core.choice.WhereSearch;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.portal.web.Display;
import org.imagingnetwork.portal.web.FormErrors;
import org.imagingnetwork.portal.web.PageLanguage;
import org.imagingnetwork.portal.web.PageNotFound;
import org.imagingnetwork.portal.web.SignedInPatient;

/** "Choose when": a week of free times at one site, as radio buttons that work without JavaScript. */
@Produces(MediaType.TEXT_HTML)
@Controller("/referrals/{id}/where/{site}")
@Secured(SignedInPatient.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ChooseWhenController {

    private final ChoiceAccess access;
    private final SlotChoice choice;
    private final FreeSlots availability;
    private final WhereSearch where;
    private final Clock clock;

    ChooseWhenController(
            ChoiceAccess access, SlotChoice choice, FreeSlots availability, WhereSearch where, Clock clock) {
        this.access = access;
        this.choice = choice;
        this.availability = availability;
        this.where = where;
        this.clock = clock;
    }

    record TimeOption(long slotId, String label) {}

    record Day(String label, List<TimeOption> times) {}

    @Get
    ModelAndView<Map<String, Object>> when(
            Authentication authentication,
            @PathVariable long id,
            @PathVariable String site,
            @QueryValue @Nullable String week,
            @QueryValue @Nullable List<String> times,
            @QueryValue @Nullable String taken,
            @QueryValue @Nullable String missing,
            PageLanguage language) {
        ChoiceRequest request = access.bookable(authentication, id);
        Instant now = clock.instant();
        LocalDate today = London.clinicDay(now);
        Site chosen = choice.site(request, site).orElseThrow(PageNotFound::new);
        TimeBands bands = TimeBands.parse(times == null ? List.of() : times);
        Instant earliestAllowed = now.plus(WhereSearch.MINIMUM_NOTICE);
        LocalDate start =
                parseWeek(week).orElseGet(() -> firstDayWithTimes(request, site, bands, earliestAllowed, today));
        if (start.isBefore(today)) {
            start = today;
        }
        Instant from = max(London.moment(start, java.time.LocalTime.MIDNIGHT), earliestAllowed);
        Instant until = London.moment(start.plusDays(7), java.time.LocalTime.MIDNIGHT);
        Map<LocalDate, List<TimeOption>> byDay = new LinkedHashMap<>();
        for (FreeSlots.FreeSlot slot :
                availability.at(request, site, SlotSearch.of(request, today, bands), from, until)) {
            byDay.computeIfAbsent(London.clinicDay(slot.startsAt()), d -> new ArrayList<>())
                    .add(new TimeOption(slot.id().value(), Display.time(slot.startsAt(), language.locale())));
        }
        List<Day> days = byDay.entrySet().stream()
                .map(e -> new Day(Display.day(e.getKey(), language.locale()), e.getValue()))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("request", request);
        model.put("site", chosen);
        model.put("days", days);
        model.put("weekLabel", Display.day(start, language.locale()));
        model.put(
                "previousWeek",
                start.isAfter(today)
                        ? start.minusDays(7).isBefore(today)
                                ? today.toString()
                                : start.minusDays(7).toString()
                        : "");
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
        model.put(
                "errors",
                taken != null
                        ? FormErrors.of("times", "when.taken")
                        : missing != null ? FormErrors.of("times", "when.missing") : FormErrors.none());
        model.put("rescheduling", request.state() == org.imagingnetwork.core.request.RequestState.APPOINTED);
        return new ModelAndView<>("choice/when", model);
    }

    private LocalDate firstDayWithTimes(
            ChoiceRequest request, String site, TimeBands bands, Instant from, LocalDate today) {
        Map<String, Instant> earliest =
                where.earliestBySite(request, List.of(site), bands, from, from.plus(WhereSearch.HORIZON));
        return earliest.containsKey(site) ? London.clinicDay(earliest.get(site)) : today;
    }

    private static java.util.Optional<LocalDate> parseWeek(String week) {
        if (week == null || week.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.parse(week));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
