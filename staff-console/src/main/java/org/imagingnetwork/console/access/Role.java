package org.imagingnetwork.console.access;

import static org.imagingnetwork.console.access.Permission.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The console's roles and what each may do: the one permission table, documented in
 * docs/staff-console.md and tested row by row. A role arrives from NHS CIS2 as a national RBAC role
 * code in the {@code nhsid_nrbac_roles} claim; the code each role is known by is the last part of
 * that claim's {@code role_code} (as in {@code S8000:G8000:R8008}).
 */
public enum Role {
    BOOKINGS_CLERK("Bookings clerk", "R8008", EnumSet.of(VIEW_WORKLIST, VIEW_PATIENT, BOOK_ON_BEHALF, VIEW_DIARY)),
    VETTING_RADIOLOGIST("Vetting radiologist", "R8000", EnumSet.of(VIEW_WORKLIST, VIEW_PATIENT, VET)),
    DIARY_MANAGER(
            "Diary and rota manager",
            "R8010",
            EnumSet.of(VIEW_WORKLIST, VIEW_PATIENT, VIEW_DIARY, CHANGE_DIARY, MANAGE_STAFF_AVAILABILITY)),
    SERVICE_MANAGER(
            "Service manager",
            "R8013",
            EnumSet.of(
                    VIEW_WORKLIST,
                    VIEW_DIARY,
                    CHANGE_DIARY,
                    EDIT_RULES,
                    RETRY_RIS_WRITES,
                    RUN_OPTIMISATION,
                    PUBLISH_OPTIMISATION,
                    VIEW_FIGURES)),
    NETWORK_ADMINISTRATOR(
            "Network administrator", "R8014", EnumSet.of(VIEW_WORKLIST, EDIT_RULES, RETRY_RIS_WRITES, VIEW_AUDIT));

    private final String title;
    private final String rbacCode;
    private final Set<Permission> permissions;

    Role(String title, String rbacCode, Set<Permission> permissions) {
        this.title = title;
        this.rbacCode = rbacCode;
        this.permissions = Set.copyOf(permissions);
    }

    public String title() {
        return title;
    }

    public String rbacCode() {
        return rbacCode;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** The role a CIS2 role code names, such as {@code S8000:G8000:R8008}; empty for a role we do not use. */
    public static Optional<Role> ofRoleCode(String roleCode) {
        String last = roleCode.substring(roleCode.lastIndexOf(':') + 1).strip();
        return Arrays.stream(values()).filter(r -> r.rbacCode.equals(last)).findFirst();
    }
}
