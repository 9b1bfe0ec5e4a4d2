package org.imagingnetwork.core.network;

import java.util.regex.Pattern;
import org.imagingnetwork.core.validation.InvalidFieldException;

/** An Organisation Data Service code, as NHS England issues them for trusts and sites. */
public record OdsCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{3,8}");

    public OdsCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidFieldException("odsCode", "must be 3 to 8 capital letters or digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
