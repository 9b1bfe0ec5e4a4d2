package org.imagingnetwork.core.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.imagingnetwork.core.time.London;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlotCutterTest {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("HH:mm z", Locale.UK);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-29", "2027-03-28"})
    void springNightSessionHasOneHourLessAndNoSlotInTheGap(String night) {
        SlotWindow session = SlotCutter.session(LocalDate.parse(night), LocalTime.MIDNIGHT, LocalTime.of(4, 0));

        List<SlotWindow> slots = SlotCutter.cut(session, HALF_HOUR);

        assertThat(session.length()).isEqualTo(Duration.ofHours(3));
        assertThat(labels(slots))
                .containsExactly("00:00 GMT", "00:30 GMT", "02:00 BST", "02:30 BST", "03:00 BST", "03:30 BST");
        assertTilesWithoutGapOrOverlap(session, slots);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-25", "2027-10-31"})
    void autumnNightSessionHasOneHourMoreAndTheRepeatedHourTwice(String night) {
        SlotWindow session = SlotCutter.session(LocalDate.parse(night), LocalTime.MIDNIGHT, LocalTime.of(4, 0));

        List<SlotWindow> slots = SlotCutter.cut(session, HALF_HOUR);

        assertThat(session.length()).isEqualTo(Duration.ofHours(5));
        assertThat(labels(slots))
                .containsExactly(
                        "00:00 BST",
                        "00:30 BST",
                        "01:00 BST",
                        "01:30 BST",
                        "01:00 GMT",
                        "01:30 GMT",
                        "02:00 GMT",
                        "02:30 GMT",
                        "03:00 GMT",
                        "03:30 GMT");
        assertThat(slots).extracting(SlotWindow::startsAt).doesNotHaveDuplicates();
        assertTilesWithoutGapOrOverlap(session, slots);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-29", "2027-03-28"})
    void aListPlannedFor0130OnTheSpringNightStartsWhenTheClockWouldHaveShownIt(String night) {
        LocalDate day = LocalDate.parse(night);

        SlotWindow session = SlotCutter.session(day, LocalTime.of(1, 30), LocalTime.of(3, 30));

        // 01:30 does not exist that night; the list starts at 02:30 BST, which is 01:30 GMT.
        assertThat(London.atLondon(session.startsAt()).toLocalTime()).isEqualTo(LocalTime.of(2, 30));
        assertThat(session.startsAt()).isEqualTo(Instant.parse(night + "T01:30:00Z"));
        assertThat(session.length()).isEqualTo(Duration.ofHours(1));
        assertThat(labels(SlotCutter.cut(session, HALF_HOUR))).containsExactly("02:30 BST", "03:00 BST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-25", "2027-10-31"})
    void aListPlannedFor0130OnTheAutumnNightStartsAtTheFirst0130(String night) {
        LocalDate day = LocalDate.parse(night);

        SlotWindow session = SlotCutter.session(day, LocalTime.of(1, 30), LocalTime.of(3, 30));

        // 01:30 happens twice; the list starts at the first (BST) and so runs three real hours.
        assertThat(session.startsAt()).isEqualTo(Instant.parse(night + "T00:30:00Z"));
        assertThat(session.length()).isEqualTo(Duration.ofHours(3));
        assertThat(labels(SlotCutter.cut(session, HALF_HOUR)))
                .containsExactly("01:30 BST", "01:00 GMT", "01:30 GMT", "02:00 GMT", "02:30 GMT", "03:00 GMT");
    }

    @Test
    void daytimeListsOnTheClockChangeSundayKeepTheirWallClockTimes() {
        SlotWindow spring = SlotCutter.session(LocalDate.of(2026, 3, 29), LocalTime.of(8, 30), LocalTime.of(12, 30));
        SlotWindow autumn = SlotCutter.session(LocalDate.of(2026, 10, 25), LocalTime.of(8, 30), LocalTime.of(12, 30));

        assertThat(spring.startsAt()).isEqualTo(Instant.parse("2026-03-29T07:30:00Z"));
        assertThat(autumn.startsAt()).isEqualTo(Instant.parse("2026-10-25T08:30:00Z"));
        assertThat(SlotCutter.cut(spring, Duration.ofMinutes(20))).hasSize(12);
        assertThat(SlotCutter.cut(autumn, Duration.ofMinutes(20))).hasSize(12);
    }

    @Test
    void timeLeftShorterThanASlotIsNotMadeIntoAShortSlot() {
        SlotWindow session = SlotCutter.session(LocalDate.of(2026, 12, 8), LocalTime.of(8, 30), LocalTime.of(12, 30));

        List<SlotWindow> slots = SlotCutter.cut(session, Duration.ofMinutes(25));

        assertThat(slots).hasSize(9).allSatisfy(s -> assertThat(s.length()).isEqualTo(Duration.ofMinutes(25)));
        assertThat(slots.get(8).endsAt()).isEqualTo(Instant.parse("2026-12-08T12:15:00Z"));
    }

    @Test
    void refusesANonPositiveSlotLength() {
        SlotWindow session = SlotCutter.session(LocalDate.of(2026, 12, 8), LocalTime.of(8, 30), LocalTime.of(12, 30));

        assertThatThrownBy(() -> SlotCutter.cut(session, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertTilesWithoutGapOrOverlap(SlotWindow session, List<SlotWindow> slots) {
        assertThat(slots.get(0).startsAt()).isEqualTo(session.startsAt());
        assertThat(slots.get(slots.size() - 1).endsAt()).isEqualTo(session.endsAt());
        for (int i = 1; i < slots.size(); i++) {
            assertThat(slots.get(i).startsAt()).isEqualTo(slots.get(i - 1).endsAt());
        }
    }

    private static List<String> labels(List<SlotWindow> slots) {
        return slots.stream()
                .map(s -> London.atLondon(s.startsAt()).format(LABEL))
                .toList();
    }
}
