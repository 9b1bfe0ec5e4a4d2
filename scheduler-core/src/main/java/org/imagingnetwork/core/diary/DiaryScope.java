package org.imagingnetwork.core.diary;

import java.util.Set;
import org.imagingnetwork.core.network.OdsCode;

/**
 * Which bookings a member of staff may list: those at one of {@code sites}, or whose site belongs to
 * one of {@code trusts}, or whose referral came from one of {@code trusts} (a booking at trust B's
 * site for trust A's referral is both trusts' business).
 */
public record DiaryScope(Set<OdsCode> trusts, Set<OdsCode> sites) {
    public DiaryScope {
        trusts = Set.copyOf(trusts);
        sites = Set.copyOf(sites);
    }

    public static DiaryScope trusts(Set<OdsCode> trusts) {
        return new DiaryScope(trusts, Set.of());
    }
}
