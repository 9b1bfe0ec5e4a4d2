package org.imagingnetwork.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.imagingnetwork.core.validation.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "4010232137", "9876543210", "4010232110"})
    void acceptsNumbersWhoseLastDigitIsTheirModulus11CheckDigit(String number) {
        assertThat(NhsNumber.isValid(number)).isTrue();
        assertThat(new NhsNumber(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "9434765910", "4010232138", "9876543211", "1234567890"})
    void refusesNumbersWithTheWrongCheckDigit(String number) {
        assertThat(NhsNumber.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"943476591", "94347659190", "943476591X", "94347 5919", "+434765919", "９４３４７６５９１９"})
    void refusesWrongLengthsAndAnythingButDigits(String number) {
        assertThat(NhsNumber.isValid(number)).isFalse();
    }

    @Test
    void neverAcceptsANumberWhoseCheckDigitWouldBeTen() {
        // 123456789 weights to 210; 11 - (210 mod 11) = 10, so no number starting with it was ever issued.
        assertThat(NhsNumber.checkDigitFor("123456789")).isEqualTo(-1);
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.isValid("123456789" + last))
                    .as("123456789%d", last)
                    .isFalse();
        }
    }

    @Test
    void remainderZeroGivesCheckDigitZeroNotEleven() {
        assertThat(NhsNumber.checkDigitFor("401023211")).isZero();
        assertThat(NhsNumber.checkDigitFor("943476591")).isEqualTo(9);
    }

    @Test
    void parsesTheSpacedFormStaffWriteAndFormatsItBack() {
        NhsNumber number = NhsNumber.parse(" 943 476 5919").orElseThrow();

        assertThat(number.value()).isEqualTo("9434765919");
        assertThat(number.formatted()).isEqualTo("943 476 5919");
        assertThat(NhsNumber.parse("943 476 5918")).isEmpty();
    }

    @Test
    void constructingAnInvalidNumberNamesTheField() {
        assertThatThrownBy(() -> new NhsNumber("9434765918"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.error().field()).isEqualTo("nhsNumber"));
    }
}
