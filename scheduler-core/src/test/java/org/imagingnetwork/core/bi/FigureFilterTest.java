package org.imagingnetwork.core.bi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.validation.InvalidFieldException;
import org.junit.jupiter.api.Test;

class FigureFilterTest {

    private static final Set<OdsCode> SCOPE = Set.of(new OdsCode("RXW"));
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void refusesAnEmptyScopeNamingIt() {
        assertThatThrownBy(() -> FigureFilter.of(Set.of(), MONDAY, MONDAY.plusDays(7)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.error().field()).isEqualTo("scope"));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsNamingTheEnd() {
        assertThatThrownBy(() -> FigureFilter.of(SCOPE, MONDAY, MONDAY))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.error().field()).isEqualTo("to"));
    }

    @Test
    void refusesAPeriodLongerThanTheLimit() {
        assertThatThrownBy(() -> FigureFilter.of(SCOPE, MONDAY, MONDAY.plusDays(FigureFilter.MAX_DAYS + 1)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.error().field()).isEqualTo("to"));
        assertThat(FigureFilter.of(SCOPE, MONDAY, MONDAY.plusDays(FigureFilter.MAX_DAYS))
                        .to())
                .isEqualTo(MONDAY.plusDays(FigureFilter.MAX_DAYS));
    }

    @Test
    void refusesAMissingStartOrGrain() {
        assertThatThrownBy(() -> FigureFilter.of(SCOPE, null, MONDAY))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.error().field()).isEqualTo("from"));
        assertThatThrownBy(() -> new FigureFilter(
                        SCOPE,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        MONDAY,
                        MONDAY.plusDays(1),
                        null))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.error().field()).isEqualTo("grain"));
    }
}
