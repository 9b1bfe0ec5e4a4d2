package org.imagingnetwork.core.audit;

import java.util.Objects;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.validation.InvalidFieldException;

/**
 * A signed-in member of staff acting: their user name, the role they signed in with (as the
 * identity provider's role claim names it) and the organisation that role is held for. The audit
 * log records all three with everything they read or change.
 */
public record StaffActor(String username, String role, OdsCode organisation) {

    public StaffActor {
        Objects.requireNonNull(organisation, "organisation");
        if (username == null || username.isBlank()) {
            throw new InvalidFieldException("username", "must not be blank");
        }
        if (role == null || role.isBlank()) {
            throw new InvalidFieldException("role", "must not be blank");
        }
    }

    /** The name the audit log and the booking tables know this person by, as {@code Actor.staff} names them. */
    public String auditName() {
        return "staff:" + username;
    }
}
