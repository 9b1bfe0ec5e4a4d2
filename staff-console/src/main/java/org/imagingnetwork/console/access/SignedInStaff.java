package org.imagingnetwork.console.access;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the staff member back from a session. Scopes are worked out from the network's reference
 * data, which changes rarely, so each organisation's scope is kept for a few minutes rather than
 * read on every request.
 */
@Singleton
public final class SignedInStaff {

    private static final Duration KEEP_SCOPE = Duration.ofMinutes(5);

    private final Scopes scopes;
    private final Clock clock;
    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();

    SignedInStaff(Scopes scopes, Clock clock) {
        this.scopes = scopes;
        this.clock = clock;
    }

    private record Kept(Optional<Scope> scope, Instant until) {}

    public Optional<StaffUser> of(Authentication authentication) {
        Optional<Role> role =
                SessionClaims.read(authentication, SessionClaims.ROLE).flatMap(SignedInStaff::role);
        Optional<String> organisation = SessionClaims.read(authentication, SessionClaims.ORGANISATION);
        Optional<String> token = SessionClaims.read(authentication, SessionClaims.FORM_TOKEN);
        if (role.isEmpty() || organisation.isEmpty() || token.isEmpty()) {
            return Optional.empty();
        }
        return scope(organisation.get())
                .map(scope -> new StaffUser(
                        authentication.getName(),
                        SessionClaims.read(authentication, SessionClaims.NAME).orElse(authentication.getName()),
                        role.get(),
                        scope,
                        token.get()));
    }

    private Optional<Scope> scope(String organisation) {
        Instant now = clock.instant();
        Kept entry = kept.compute(
                organisation,
                (code, old) -> old != null && old.until().isAfter(now)
                        ? old
                        : new Kept(scopes.of(code), now.plus(KEEP_SCOPE)));
        return entry.scope();
    }

    private static Optional<Role> role(String name) {
        try {
            return Optional.of(Role.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
