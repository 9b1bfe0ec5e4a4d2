package org.imagingnetwork.core.exam;

import java.util.regex.Pattern;
import org.imagingnetwork.core.validation.InvalidFieldException;

/** A NICIP-style exam code, such as {@code MBRAI} (MRI brain) or {@code CCHAPC} (CT chest, abdomen and pelvis with contrast). */
public record ExamCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{3,12}");

    public ExamCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidFieldException("examCode", "must be 3 to 12 capital letters or digits");
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
