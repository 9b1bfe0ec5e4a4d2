package org.imagingnetwork.console.access;

import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.network.OdsCode;

/**
 * Who is signed in, as every controller sees them: the CIS2 user id, their name, the role they
 * chose at sign-in, the trusts it reaches, and the token their forms must carry.
 */
public record StaffUser(String username, String displayName, Role role, Scope scope, String formToken) {

    public boolean may(Permission permission) {
        return role.may(permission);
    }

    /** The member of staff as the core records who did something. */
    public Actor actor() {
        return Actor.staff(username);
    }

    /** The member of staff as the audit log records them: who, in which role, for which organisation. */
    public StaffActor staffActor() {
        return new StaffActor(username, role.name(), new OdsCode(scope.organisation()));
    }
}
