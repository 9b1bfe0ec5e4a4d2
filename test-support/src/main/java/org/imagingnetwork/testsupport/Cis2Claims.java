package org.imagingnetwork.testsupport;

import java.util.List;
import java.util.Map;

/**
 * The claims NHS CIS2 puts in a member of staff's ID token for one role at one organisation, as the
 * console's tests and the demo's CIS2 stand-in issue them.
 */
public final class Cis2Claims {

    private Cis2Claims() {}

    public static Map<String, Object> of(String userId, String name, String roleCode, String organisation) {
        String roleId = "role-" + userId;
        return Map.of(
                "name",
                name,
                "nhsid_nrbac_roles",
                List.of(Map.of(
                        "person_roleid",
                        roleId,
                        "org_code",
                        organisation,
                        "role_code",
                        "S8000:G8000:" + roleCode,
                        "role_name",
                        "\"Clinical\":\"Clinical Provision\":\"" + name + "\"")),
                "selected_roleid",
                roleId);
    }
}
