package org.imagingnetwork.console.signin;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.imagingnetwork.console.access.Role;

/**
 * The parts of a CIS2 ID token the console uses: the user, and the role they selected among their
 * {@code nhsid_nrbac_roles} (each a role code at an organisation). When no role is selected the
 * first role the console knows is taken.
 */
record Cis2Claims(String userId, String name, Optional<Cis2Role> role) {

    static final String ROLES = "nhsid_nrbac_roles";
    static final String SELECTED = "selected_roleid";

    record Cis2Role(String roleId, Role role, String organisation) {}

    static Cis2Claims of(Map<String, Object> claims) {
        String user = String.valueOf(claims.getOrDefault("sub", ""));
        String name =
                Optional.ofNullable(claims.get("name")).map(String::valueOf).orElse(user);
        Object selected = claims.get(SELECTED);
        List<Cis2Role> roles = claims.get(ROLES) instanceof List<?> list
                ? list.stream().flatMap(e -> parse(e).stream()).toList()
                : List.of();
        Optional<Cis2Role> chosen = selected == null
                ? roles.stream().findFirst()
                : roles.stream()
                        .filter(r -> Objects.equals(r.roleId(), String.valueOf(selected)))
                        .findFirst();
        return new Cis2Claims(user, name, chosen);
    }

    private static Optional<Cis2Role> parse(Object entry) {
        if (!(entry instanceof Map<?, ?> map)
                || !(map.get("role_code") instanceof String code)
                || !(map.get("org_code") instanceof String organisation)) {
            return Optional.empty();
        }
        String roleId = String.valueOf(map.get("person_roleid"));
        return Role.ofRoleCode(code).map(role -> new Cis2Role(roleId, role, organisation));
    }
}
