package org.imagingnetwork.load.seed;

import java.util.List;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.Trust;

/**
 * Scenario 4's bookings staff, from the network through core's directory: each a user name for the
 * CIS2 stand-in, the trust they work for (the organisation of their role), one of its sites (whose
 * week they open in the diary) and the diary's first day, spread over every trust and site in turn.
 */
final class StaffSeeding {

    static final String FILE = "staff.csv";

    private final Platform platform;

    StaffSeeding(Platform platform) {
        this.platform = platform;
    }

    FeederFile seed(int count) {
        List<Trust> trusts = platform.network().trusts();
        String diaryStart = platform.queries().diaryStart().toString();
        FeederFile staff = FeederFile.of("user", "organisation", "site", "diaryStart");
        for (int i = 0; i < count; i++) {
            Trust trust = trusts.get(i % trusts.size());
            List<Site> sites = platform.network().sitesOf(trust.odsCode());
            Site site = sites.get((i / trusts.size()) % sites.size());
            staff.add(
                    "clerk-" + (i + 1), trust.odsCode().value(), site.odsCode().value(), diaryStart);
        }
        return staff;
    }
}
