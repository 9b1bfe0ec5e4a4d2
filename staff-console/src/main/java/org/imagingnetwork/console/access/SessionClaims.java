package org.imagingnetwork.console.access;

import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Optional;

/** The claims a console session carries besides its user and permissions, and how to read them back. */
public final class SessionClaims {

    public static final String NAME = "staff_name";
    public static final String ROLE = "staff_role";
    public static final String ORGANISATION = "staff_org";
    public static final String FORM_TOKEN = "form_token";
    public static final List<String> ALL = List.of(NAME, ROLE, ORGANISATION, FORM_TOKEN);

    private SessionClaims() {}

    public static Optional<String> read(Authentication authentication, String claim) {
        return Optional.ofNullable(authentication.getAttributes().get(claim)).map(String::valueOf);
    }
}
