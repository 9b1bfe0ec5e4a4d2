package org.imagingnetwork.console.waitinglist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.imagingnetwork.core.time.London;
import org.junit.jupiter.api.Test;

class SitesWithFreeSlotTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 29);

    @Test
    void eachDayNamesTheSitesWithASlotOnAnEarlierLondonDay() {
        SitesWithFreeSlot table = SitesWithFreeSlot.of(List.of(
                free("CHEAD", "A1", MONDAY, "09:00"),
                free("CHEAD", "B1", MONDAY.plusDays(2), "17:00"),
                free("XCHES", "B1", MONDAY.plusDays(1), "08:00")));

        assertThat(rows(table))
                .containsExactly(
                        "CHEAD 2027-03-30 A1",
                        "CHEAD 2027-03-31 A1",
                        "XCHES 2027-03-31 B1",
                        "CHEAD 2027-04-01 A1,B1",
                        "XCHES 2027-04-01 B1");
        assertThat(table.lastDay()).contains(MONDAY.plusDays(3));
    }

    @Test
    void aSlotJustAfterMidnightInSummerTimeIsOnTheLaterLondonDay() {
        // 23:30 UTC on 29 March 2027 is 00:30 on the 30th in London (BST).
        SitesWithFreeSlot table =
                SitesWithFreeSlot.of(List.of(new EarliestFree("CHEAD", "A1", Instant.parse("2027-03-29T23:30:00Z"))));

        assertThat(rows(table)).containsExactly("CHEAD 2027-03-31 A1");
    }

    @Test
    void noFreeSlotsMakeAnEmptyTableWithNoLastDay() {
        SitesWithFreeSlot table = SitesWithFreeSlot.of(List.of());

        assertThat(table.exams()).isEmpty();
        assertThat(table.lastDay()).isEmpty();
    }

    /** The lookup the SQL makes, against the filter's definition, over random slots and requests. */
    @Test
    void theLookupAnswersAsComparingWithEverySlotWould() {
        Random random = new Random(7);
        List<String> exams = List.of("CHEAD", "XCHES", "UABDO");
        List<String> sites = List.of("A1", "B1", "C1", "D1");
        for (int round = 0; round < 200; round++) {
            List<EarliestFree> slots = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                slots.add(free(
                        exams.get(random.nextInt(exams.size())),
                        sites.get(random.nextInt(sites.size())),
                        MONDAY.plusDays(random.nextInt(10)),
                        "10:00"));
            }
            SitesWithFreeSlot table = SitesWithFreeSlot.of(slots);
            for (int request = 0; request < 50; request++) {
                String exam = exams.get(random.nextInt(exams.size()));
                Set<String> accepted = Set.copyOf(sites.subList(0, random.nextInt(3)).stream()
                        .map(s -> sites.get(random.nextInt(sites.size())))
                        .toList());
                LocalDate breach = MONDAY.plusDays(random.nextInt(14) - 2);
                boolean expected = slots.stream()
                        .anyMatch(f -> f.exam().equals(exam)
                                && London.clinicDay(f.at()).isBefore(breach)
                                && (accepted.isEmpty() || accepted.contains(f.site())));
                assertThat(lookup(table, exam, accepted, breach))
                        .as("round %d: %s at %s by %s among %s", round, exam, accepted, breach, slots)
                        .isEqualTo(expected);
            }
        }
    }

    /** What WorklistCriteria's "not exists" asks of the table, in Java. */
    private static boolean lookup(SitesWithFreeSlot table, String exam, Set<String> accepted, LocalDate breach) {
        LocalDate day = table.lastDay().filter(breach::isAfter).orElse(breach);
        for (int i = 0; i < table.exams().size(); i++) {
            if (table.exams().get(i).equals(exam) && table.days().get(i).equals(day)) {
                List<String> open = Arrays.asList(table.sites().get(i).split(","));
                return accepted.isEmpty() || open.stream().anyMatch(accepted::contains);
            }
        }
        return false;
    }

    private static List<String> rows(SitesWithFreeSlot table) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < table.exams().size(); i++) {
            rows.add(table.exams().get(i) + " " + table.days().get(i) + " "
                    + table.sites().get(i));
        }
        return rows;
    }

    private static EarliestFree free(String exam, String site, LocalDate day, String time) {
        return new EarliestFree(
                exam,
                site,
                day.atTime(LocalTime.parse(time)).atZone(London.ZONE).toInstant());
    }
}
