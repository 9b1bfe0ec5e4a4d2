package org.imagingnetwork.optimizer.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_CT;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CT_CHEST;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_BRAIN;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.slot;

import java.util.List;
import org.imagingnetwork.core.network.Modality;
import org.junit.jupiter.api.Test;

class SitesElsewhereTest {

    private final Placement mriAtCity =
            request(1).referredOn(MONDAY.minusDays(10)).placedIn(slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN));
    private final Placement ctAtCity = request(2)
            .exam(CT_CHEST, Modality.CT, 15)
            .referredOn(MONDAY.minusDays(40))
            .bookedIn(TestNetwork.bookedSlot(102, CITY_CT, MONDAY, 9, 0, 15, CT_CHEST));
    private final Placement mriAtCdc =
            request(3).referredOn(MONDAY.minusDays(20)).placedIn(slot(201, CDC_MR, MONDAY, 9, 0, 30, MR_BRAIN));
    private final Placement unplaced =
            request(4).referredOn(MONDAY.minusDays(90)).unplaced();

    @Test
    void countsThePlacedPatientsAtEachSiteBookedOrProposed() {
        SitesElsewhere all = SitesElsewhere.of(List.of(mriAtCity, ctAtCity, mriAtCdc, unplaced));

        assertThat(all.sites()).containsOnlyKeys(CITY, CDC);
        assertThat(all.sites().get(CITY)).isEqualTo(new SiteWait(CITY, 50, 2));
        assertThat(all.sites().get(CDC)).isEqualTo(new SiteWait(CDC, 20, 1));
    }

    @Test
    void leavesOutAPartAndDropsSitesOnlyThatPartUsed() {
        SitesElsewhere rest = SitesElsewhere.of(List.of(mriAtCity, ctAtCity, mriAtCdc))
                .without(List.of(mriAtCity, mriAtCdc, unplaced));

        assertThat(rest.sites()).containsOnlyKeys(CITY);
        assertThat(rest.sites().get(CITY)).isEqualTo(new SiteWait(CITY, 40, 1));
    }

    @Test
    void addsThePartsPatientsToTheRestSiteBySite() {
        SitesElsewhere rest = SitesElsewhere.of(List.of(ctAtCity));

        List<SiteWait> together = rest.with(List.of(new SiteWait(CITY, 10, 1), new SiteWait(CDC, 20, 1)));

        assertThat(together).containsExactlyInAnyOrder(new SiteWait(CITY, 50, 2), new SiteWait(CDC, 20, 1));
        assertThat(SitesElsewhere.none().with(List.of(new SiteWait(CDC, 20, 1))))
                .containsExactly(new SiteWait(CDC, 20, 1));
    }
}
