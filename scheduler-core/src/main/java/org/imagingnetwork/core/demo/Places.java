package org.imagingnetwork.core.demo;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.network.Ics;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.OpeningHours;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.SiteKind;
import org.imagingnetwork.core.network.Trust;

/**
 * The integrated care systems, trusts and sites of a preset, as the domain records them. Each trust's
 * RIS is at the address the trust RIS simulator serves it on, so the demo's write-back has somewhere
 * to go.
 */
record Places(List<Ics> integratedCareSystems, List<Trust> trusts, List<SiteSeed> siteSeeds, List<Site> sites) {

    static final String RIS_SIMULATOR = "http://127.0.0.1:8090/";

    static Places of(DemoPreset preset) {
        List<SiteSeed> seeds = WestMidlands.SITES.stream()
                .filter(s -> preset.siteCodes().isEmpty() || preset.siteCodes().contains(s.odsCode()))
                .toList();
        Set<String> trustCodes = seeds.stream().map(SiteSeed::trust).collect(Collectors.toSet());
        List<TrustSeed> trustSeeds = WestMidlands.TRUSTS.stream()
                .filter(t -> trustCodes.contains(t.odsCode()))
                .toList();
        Set<String> icsCodes = trustSeeds.stream().map(TrustSeed::icsCode).collect(Collectors.toSet());
        List<Ics> systems = WestMidlands.INTEGRATED_CARE_SYSTEMS.stream()
                .filter(i -> icsCodes.contains(i.code()))
                .toList();
        List<Trust> trusts = trustSeeds.stream()
                .map(t -> new Trust(
                        new OdsCode(t.odsCode()),
                        t.name(),
                        t.icsCode(),
                        URI.create(RIS_SIMULATOR + t.odsCode() + "/fhir")))
                .toList();
        return new Places(
                systems, trusts, seeds, seeds.stream().map(Places::site).toList());
    }

    private static Site site(SiteSeed seed) {
        return new Site(
                new OdsCode(seed.odsCode()),
                new OdsCode(seed.trust()),
                seed.name(),
                seed.kind(),
                seed.postcode(),
                new GeoPoint(seed.latitude(), seed.longitude()),
                seed.stepFree(),
                publicTransport(seed),
                parking(seed.kind()),
                seed.seesChildren() ? OptionalInt.of(seed.minChildAge()) : OptionalInt.empty(),
                openingHours(seed.kind()));
    }

    /** Outpatient imaging hours, which the diary's lists keep within. */
    static List<OpeningHours> openingHours(SiteKind kind) {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean weekday = day.getValue() <= 5;
            switch (kind) {
                case ACUTE -> {
                    if (weekday) {
                        hours.add(new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(20, 0)));
                    } else if (day == DayOfWeek.SATURDAY) {
                        hours.add(new OpeningHours(day, LocalTime.of(9, 0), LocalTime.of(13, 0)));
                    }
                }
                case CDC -> hours.add(new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(20, 0)));
                case COMMUNITY_HOSPITAL -> {
                    if (weekday) {
                        hours.add(new OpeningHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
                    }
                }
            }
        }
        return hours;
    }

    private static String publicTransport(SiteSeed seed) {
        return switch (seed.kind()) {
            case ACUTE -> "Buses from " + seed.town() + " centre stop at the main entrance.";
            case CDC -> "In " + seed.town() + ", a short walk from the bus station.";
            case COMMUNITY_HOSPITAL -> "Local buses from " + seed.town() + " stop outside the hospital.";
        };
    }

    private static String parking(SiteKind kind) {
        return switch (kind) {
            case ACUTE -> "Pay-and-display car park; blue badge bays by the imaging department.";
            case CDC -> "Free parking for 2 hours; blue badge bays at the entrance.";
            case COMMUNITY_HOSPITAL -> "Free car park next to the main entrance.";
        };
    }
}
