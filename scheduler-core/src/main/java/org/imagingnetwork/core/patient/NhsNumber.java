package org.imagingnetwork.core.patient;

import java.util.Optional;
import org.imagingnetwork.core.validation.InvalidFieldException;

/**
 * A 10-digit NHS number whose last digit is its Modulus 11 check digit: the first nine digits are
 * weighted 10 down to 2, the sum's remainder mod 11 is taken from 11, 11 becomes 0, and 10 means the
 * number was never issued.
 */
public record NhsNumber(String value) {

    public NhsNumber {
        if (!isValid(value)) {
            throw new InvalidFieldException("nhsNumber", "must be a valid 10-digit NHS number");
        }
    }

    /** Parses user input, tolerating the spaces people type ({@code 943 476 5919}). */
    public static Optional<NhsNumber> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replace(" ", "").replace("-", "");
        return isValid(digits) ? Optional.of(new NhsNumber(digits)) : Optional.empty();
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < 9) {
                sum += (c - '0') * (10 - i);
            }
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == value.charAt(9) - '0';
    }

    /** The check digit for nine digits, or -1 when no valid NHS number starts with them. */
    public static int checkDigitFor(String firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }

    /** As NHS staff write it: 3-3-4 digits. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }
}
