package org.imagingnetwork.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.core.support.NetworkFixture.NORTH_ACUTE;
import static org.imagingnetwork.core.support.NetworkFixture.NORTH_CDC;
import static org.imagingnetwork.core.support.NetworkFixture.SOUTH_ACUTE;
import static org.imagingnetwork.core.support.NetworkFixture.TRUST_NORTH;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.OptionalInt;
import java.util.Set;
import org.imagingnetwork.core.support.CoreServices;
import org.junit.jupiter.api.Test;

class NetworkDirectoryIT {
    private final NetworkDirectory network = CoreServices.create().network();

    @Test
    void findsATrustByOdsCodeWithItsRisAddress() {
        Trust trust = network.trust(TRUST_NORTH).orElseThrow();

        assertThat(trust.name()).isEqualTo("North Test NHS Trust");
        assertThat(trust.icsCode()).isEqualTo("ZQ1");
        assertThat(trust.risFhirBaseUrl()).isEqualTo(URI.create("http://ris-zt1.test/fhir"));
        assertThat(network.trust(new OdsCode("ZZZ9"))).isEmpty();
        assertThat(network.integratedCareSystems()).contains(new Ics("ZQ1", "Test Shire ICS"));
    }

    @Test
    void readsASiteWithWhatAPatientNeedsToChooseItAndItsOpeningHoursInDayOrder() {
        Site site = network.site(NORTH_ACUTE).orElseThrow();

        assertThat(site.trust()).isEqualTo(TRUST_NORTH);
        assertThat(site.kind()).isEqualTo(SiteKind.ACUTE);
        assertThat(site.location()).isEqualTo(new GeoPoint(52.45, -1.94));
        assertThat(site.stepFreeAccess()).isTrue();
        assertThat(site.minChildAge()).isEqualTo(OptionalInt.of(0));
        assertThat(site.openingHours())
                .containsExactly(
                        new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(20, 0)),
                        new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(20, 0)),
                        new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        assertThat(network.site(NORTH_CDC).orElseThrow().seesChildren()).isFalse();
    }

    @Test
    void listsATrustsSitesOnlyAndEverySiteInTheNetwork() {
        assertThat(network.sitesOf(TRUST_NORTH)).extracting(Site::odsCode).containsExactly(NORTH_ACUTE, NORTH_CDC);
        assertThat(network.sites()).extracting(Site::odsCode).contains(NORTH_ACUTE, NORTH_CDC, SOUTH_ACUTE);
    }

    @Test
    void readsRoomsWithTheirEquipmentAndTableLimit() {
        Room ct = network.room("ZT1AA-CT1").orElseThrow();

        assertThat(ct.modality()).isEqualTo(Modality.CT);
        assertThat(ct.capabilities())
                .containsExactlyInAnyOrder(Capability.CONTRAST_INJECTOR, Capability.BARIATRIC_TABLE);
        assertThat(ct.takesWeight(240)).isTrue();
        assertThat(network.room("ZT1CD-XR1").orElseThrow().maxPatientWeightKg()).isEmpty();
        assertThat(network.roomsAt(NORTH_ACUTE)).extracting(Room::id).containsExactly("ZT1AA-CT1", "ZT1AA-MR1");
    }

    @Test
    void readsStaffWithSkillsAndHomeSites() {
        Staff asha = network.staffOf(TRUST_NORTH).stream()
                .filter(s -> s.id().equals("ZT1-S1"))
                .findFirst()
                .orElseThrow();

        assertThat(asha.skills()).containsExactlyInAnyOrder(Skill.CT, Skill.CONTRAST_CANNULATION);
        assertThat(asha.homeSites()).isEqualTo(Set.of(NORTH_ACUTE, NORTH_CDC));
        assertThat(network.staffOf(TRUST_NORTH)).extracting(Staff::id).containsExactly("ZT1-S1", "ZT1-S2");
        assertThat(network.staff()).extracting(Staff::id).contains("ZT2-S1");
    }

    @Test
    void snapshotIndexesTheWholeNetworkByCode() {
        NetworkSnapshot snapshot = network.snapshot();

        assertThat(snapshot.sitesByCode().get(SOUTH_ACUTE).name()).isEqualTo("South Royal Infirmary");
        assertThat(snapshot.roomsById().get("ZT1AA-MR1").capabilities()).contains(Capability.TESLA_3);
        assertThat(snapshot.roomsBySite().get(NORTH_ACUTE)).hasSize(2);
        assertThat(snapshot.trustOfSite().get(NORTH_CDC)).isEqualTo(TRUST_NORTH);
        assertThat(snapshot.trust(TRUST_NORTH)).isPresent();
    }
}
