package org.imagingnetwork.console.waitinglist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.imagingnetwork.core.time.London;

/**
 * The earliest free slots turned round for the "no slot before breach" filter: for each exam and
 * day, the sites with a free slot for that exam on an earlier London day. A request then needs one
 * lookup, by its exam and breach date, instead of a comparison with every exam and site: it has a
 * slot before its breach date when its row exists and names a site it accepts (any site when it
 * named none). Days run from the day after the first free slot's day to {@link #lastDay}, the day
 * after the last one's; a later breach date looks up the last day, which names every site with a
 * free slot for the exam; an earlier one finds no row. Rows naming no site are left out.
 *
 * @param exams one exam code per row
 * @param days the row's day, in step with exams
 * @param sites the row's sites as comma-separated ODS codes (codes never hold a comma), in step with exams
 * @param lastDay the day after the last free slot's; empty when no slot is free at all
 */
record SitesWithFreeSlot(List<String> exams, List<LocalDate> days, List<String> sites, Optional<LocalDate> lastDay) {

    SitesWithFreeSlot {
        exams = List.copyOf(exams);
        days = List.copyOf(days);
        sites = List.copyOf(sites);
    }

    static SitesWithFreeSlot of(List<EarliestFree> earliest) {
        Map<String, Map<String, LocalDate>> firstDays = new TreeMap<>();
        for (EarliestFree free : earliest) {
            firstDays
                    .computeIfAbsent(free.exam(), e -> new TreeMap<>())
                    .merge(free.site(), London.clinicDay(free.at()), (a, b) -> a.isBefore(b) ? a : b);
        }
        Optional<LocalDate> first =
                firstDays.values().stream().flatMap(m -> m.values().stream()).min(LocalDate::compareTo);
        Optional<LocalDate> last =
                firstDays.values().stream().flatMap(m -> m.values().stream()).max(LocalDate::compareTo);
        List<String> exams = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        if (first.isPresent()) {
            for (LocalDate day = first.get().plusDays(1);
                    !day.isAfter(last.get().plusDays(1));
                    day = day.plusDays(1)) {
                for (Map.Entry<String, Map<String, LocalDate>> exam : firstDays.entrySet()) {
                    LocalDate before = day;
                    List<String> open = exam.getValue().entrySet().stream()
                            .filter(site -> site.getValue().isBefore(before))
                            .map(Map.Entry::getKey)
                            .toList();
                    if (!open.isEmpty()) {
                        exams.add(exam.getKey());
                        days.add(day);
                        sites.add(String.join(",", open));
                    }
                }
            }
        }
        return new SitesWithFreeSlot(exams, days, sites, last.map(d -> d.plusDays(1)));
    }
}
