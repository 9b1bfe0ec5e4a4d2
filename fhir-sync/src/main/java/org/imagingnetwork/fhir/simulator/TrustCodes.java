package org.imagingnetwork.fhir.simulator;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The ODS codes of the network's trusts, so the simulator can stand in for each one's RIS. */
final class TrustCodes {

    private final Jdbi jdbi;

    TrustCodes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<String> all() {
        return jdbi.withHandle(
                handle -> handle.createQuery("""
                        select ods_code from trust order by ods_code
                        """).mapTo(String.class).list());
    }
}
