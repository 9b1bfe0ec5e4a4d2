package org.imagingnetwork.core.demo;

import static org.imagingnetwork.core.network.Capability.BARIATRIC_TABLE;
import static org.imagingnetwork.core.network.Capability.CARDIAC;
import static org.imagingnetwork.core.network.Capability.CONTRAST_INJECTOR;
import static org.imagingnetwork.core.network.Capability.GENERAL_ANAESTHETIC_SUPPORT;
import static org.imagingnetwork.core.network.Capability.PAEDIATRIC_KIT;
import static org.imagingnetwork.core.network.Capability.TESLA_3;
import static org.imagingnetwork.core.network.Capability.WIDE_BORE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.SiteKind;

/**
 * Spreads the preset's rooms of each modality over its sites — acute hospitals most, CDCs a full set
 * of the four big modalities, community hospitals X-ray and ultrasound — and equips each room. The
 * first rooms of a kind at a site get the kit its specialist lists need (a 3T cardiac MRI at every
 * acute hospital, children's kit where children are seen), later ones a realistic mix.
 */
final class RoomPlanner {

    /** Sites with a specialist case mix, which shapes the rooms they have. */
    private static final Map<String, String> SPECIALIST =
            Map.of("RRJ01", "orthopaedic", "RL101", "orthopaedic", "RQ301", "children", "RQ302", "women");

    private RoomPlanner() {}

    static List<Room> plan(DemoPreset preset, List<SiteSeed> sites, Dice dice) {
        List<Room> rooms = new ArrayList<>();
        for (Modality modality : Modality.values()) {
            double[] weights = new double[sites.size()];
            int[] minimums = new int[sites.size()];
            for (int i = 0; i < sites.size(); i++) {
                SiteSeed site = sites.get(i);
                weights[i] = weight(site, modality) * site.size() * dice.between(0.85, 1.15);
                minimums[i] = minimum(site, modality);
            }
            int[] counts = Apportion.largestRemainder(preset.rooms(modality), weights, minimums);
            for (int i = 0; i < sites.size(); i++) {
                for (int n = 0; n < counts[i]; n++) {
                    rooms.add(room(sites.get(i), modality, n, dice));
                }
            }
        }
        return rooms;
    }

    private static double weight(SiteSeed site, Modality modality) {
        String specialist = SPECIALIST.getOrDefault(site.odsCode(), "");
        double[] byModality = switch (specialist) {
            // XR, US, CT, MR, DEXA, mammography, fluoroscopy
            case "orthopaedic" -> new double[] {1.2, 0.3, 0.6, 1.5, 0.8, 0, 0.3};
            case "children" -> new double[] {1.0, 1.0, 0.8, 1.0, 0.3, 0, 1.0};
            case "women" -> new double[] {0.2, 2.0, 0, 0.5, 0.8, 2.0, 0.8};
            default ->
                switch (site.kind()) {
                    case ACUTE -> new double[] {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
                    case CDC -> new double[] {0.45, 0.7, 0.6, 0.6, 0.6, 0.6, 0};
                    case COMMUNITY_HOSPITAL -> new double[] {0.35, 0.45, 0.1, 0.05, 0.4, 0.3, 0};
                };
        };
        return byModality[modality.ordinal()];
    }

    /** CDCs must offer CT, MRI, X-ray and ultrasound; every general hospital X-ray and ultrasound. */
    private static int minimum(SiteSeed site, Modality modality) {
        boolean core = modality == Modality.XR || modality == Modality.US;
        if (site.kind() == SiteKind.CDC) {
            return core || modality == Modality.CT || modality == Modality.MR ? 1 : 0;
        }
        if (SPECIALIST.containsKey(site.odsCode())) {
            return weight(site, modality) >= 1 ? 1 : 0;
        }
        return core ? 1 : 0;
    }

    private static Room room(SiteSeed site, Modality modality, int index, Dice dice) {
        Set<Capability> kit = EnumSet.noneOf(Capability.class);
        boolean acute = site.kind() == SiteKind.ACUTE;
        boolean first = index == 0;
        OptionalInt maxWeight = OptionalInt.empty();
        if (first && site.seesChildren() && modality != Modality.MAMMOGRAPHY && modality != Modality.DEXA) {
            kit.add(PAEDIATRIC_KIT);
        }
        switch (modality) {
            case CT -> {
                if (first || dice.chance(0.9)) {
                    kit.add(CONTRAST_INJECTOR);
                }
                if (acute && (first || dice.chance(0.2))) {
                    kit.add(CARDIAC);
                }
                if (first && site.minChildAge() == 0 && "children".equals(SPECIALIST.get(site.odsCode()))) {
                    kit.add(GENERAL_ANAESTHETIC_SUPPORT);
                }
            }
            case MR -> {
                if (first && acute) {
                    kit.addAll(Set.of(TESLA_3, CARDIAC));
                } else if (index == 1 || (!acute && first)) {
                    kit.add(WIDE_BORE);
                } else {
                    if (dice.chance(0.3)) {
                        kit.add(TESLA_3);
                    } else if (dice.chance(0.4)) {
                        kit.add(WIDE_BORE);
                    }
                }
                if (first || dice.chance(0.85)) {
                    kit.add(CONTRAST_INJECTOR);
                }
                if (first && acute && site.minChildAge() == 0 && site.size() >= 0.9) {
                    kit.add(GENERAL_ANAESTHETIC_SUPPORT);
                }
            }
            default -> {}
        }
        boolean bariatric = modality == Modality.MR
                ? kit.contains(WIDE_BORE) && dice.chance(0.5)
                : (index == 1 && modality != Modality.MAMMOGRAPHY) || dice.chance(0.1);
        if (bariatric) {
            kit.add(BARIATRIC_TABLE);
            maxWeight = OptionalInt.of(dice.pick(List.of(227, 250, 250, 300)));
        }
        String id = site.odsCode() + "-" + shortCode(modality) + (index + 1);
        return new Room(id, new OdsCode(site.odsCode()), name(modality, index, kit), modality, kit, maxWeight);
    }

    private static String shortCode(Modality modality) {
        return switch (modality) {
            case XR, US, CT, MR -> modality.name();
            case DEXA -> "DX";
            case MAMMOGRAPHY -> "MG";
            case FLUOROSCOPY -> "FL";
        };
    }

    private static String name(Modality modality, int index, Set<Capability> kit) {
        String number = " " + (index + 1);
        return switch (modality) {
            case XR -> "X-ray room" + number;
            case US -> "Ultrasound room" + number;
            case CT -> "CT scanner" + number;
            case MR ->
                "MRI scanner" + number + (kit.contains(TESLA_3) ? " (3T)" : " (1.5T)")
                        + (kit.contains(WIDE_BORE) ? ", wide bore" : "");
            case DEXA -> "DEXA room" + number;
            case MAMMOGRAPHY -> "Mammography room" + number;
            case FLUOROSCOPY -> "Fluoroscopy room" + number;
        };
    }
}
