package org.imagingnetwork.console.access;

import org.imagingnetwork.core.booking.Actor;

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

    /** For event and audit rows: who, in which role, for which organisation. */
    public String describe() {
        return username + " (" + role.title() + ", " + scope.organisation() + ")";
    }
}
