package org.imagingnetwork.console.support;

import com.nimbusds.jose.JOSEObjectType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.testsupport.Cis2Claims;
import org.jdbi.v3.core.Jdbi;

/**
 * Staff to sign in as, at the organisations of the loaded network: trust A and trust B (in
 * different ICSs where the network has two), trust A's ICS, and the network itself (Y60).
 */
public final class DemoStaff {

    public static final String NETWORK = "Y60";

    /** Someone CIS2 vouches for, with one role at one organisation. */
    public record Member(String userId, String name, String roleCode, String organisation) {

        /** The claims CIS2 puts in the ID token for this person and role. */
        public Map<String, Object> claims() {
            return Cis2Claims.of(userId, name, roleCode, organisation);
        }

        public void enqueue(MockOAuth2Server cis2) {
            cis2.enqueueCallback(new DefaultOAuth2TokenCallback(
                    "cis2", userId, JOSEObjectType.JWT.getType(), List.of("imaging-network-console"), claims(), 3600));
        }
    }

    private final String trustA;
    private final String trustB;
    private final String icsOfA;

    DemoStaff(Jdbi jdbi) {
        // Trust A is the first trust of an ICS whose other trusts exist; trust B is in another ICS.
        List<Map<String, Object>> trusts =
                jdbi.withHandle(h -> h.createQuery("select ods_code, ics_code from trust order by ics_code, ods_code")
                        .mapToMap()
                        .list());
        this.trustA = (String) trusts.get(0).get("ods_code");
        this.icsOfA = (String) trusts.get(0).get("ics_code");
        this.trustB = trusts.stream()
                .filter(t -> !t.get("ics_code").equals(icsOfA))
                .map(t -> (String) t.get("ods_code"))
                .findFirst()
                .orElseThrow();
    }

    public String trustA() {
        return trustA;
    }

    public String trustB() {
        return trustB;
    }

    public String icsOfA() {
        return icsOfA;
    }

    public Member at(Role role, String organisation) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return new Member(id, role.title() + " " + id, role.rbacCode(), organisation);
    }

    public Member ofTrustA(Role role) {
        return at(role, trustA);
    }

    public Member ofTrustB(Role role) {
        return at(role, trustB);
    }

    public Member ofNetwork(Role role) {
        return at(role, NETWORK);
    }
}
