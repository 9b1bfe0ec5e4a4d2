package org.imagingnetwork.core.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.network.Modality;

/** How much of the West Midlands network to generate. */
public enum DemoPreset {
    /**
     * The whole West Midlands Imaging Network: 15 trusts in 6 ICSs, 47 sites (14 CDCs), 845 rooms of
     * which 290 X-ray, 371 ultrasound, 73 CT and 63 MRI as in the real network, 3,000 staff and a
     * 12-week diary. For the demo and benchmarks.
     */
    FULL(12, List.of(), rooms(290, 371, 73, 63, 12, 22, 14), 3000),
    /**
     * Three trusts in two ICSs (one far over capacity), five sites of which two CDCs, 22 rooms of every
     * modality and a two-week diary: small enough for any module's tests to load in a second or two.
     */
    SMALL(2, List.of("RXW01", "RXWC1", "RBK01", "RBKC1", "RNA01"), rooms(5, 6, 5, 3, 1, 1, 1), 0);

    private final int weeks;
    private final List<String> siteCodes;
    private final Map<Modality, Integer> rooms;
    private final int staff;

    DemoPreset(int weeks, List<String> siteCodes, Map<Modality, Integer> rooms, int staff) {
        this.weeks = weeks;
        this.siteCodes = siteCodes;
        this.rooms = rooms;
        this.staff = staff;
    }

    /** Weeks of diary from the start date. */
    public int weeks() {
        return weeks;
    }

    /** The sites in the preset; all of them when empty. */
    List<String> siteCodes() {
        return siteCodes;
    }

    /** Rooms of each modality across the network. */
    public int rooms(Modality modality) {
        return rooms.get(modality);
    }

    /** Staff to employ across the network, or 0 for as many as the diary needs. */
    int staffTarget() {
        return staff;
    }

    private static Map<Modality, Integer> rooms(int xr, int us, int ct, int mr, int dexa, int mammo, int fluoro) {
        Map<Modality, Integer> rooms = new EnumMap<>(Modality.class);
        rooms.put(Modality.XR, xr);
        rooms.put(Modality.US, us);
        rooms.put(Modality.CT, ct);
        rooms.put(Modality.MR, mr);
        rooms.put(Modality.DEXA, dexa);
        rooms.put(Modality.MAMMOGRAPHY, mammo);
        rooms.put(Modality.FLUOROSCOPY, fluoro);
        return Map.copyOf(rooms);
    }
}
