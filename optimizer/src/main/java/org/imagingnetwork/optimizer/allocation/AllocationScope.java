package org.imagingnetwork.optimizer.allocation;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;

/**
 * What an allocation covers: the sites whose slots it may use, the trusts whose waiting lists it
 * places (empty sets mean the whole network), one modality or all, and the days.
 */
public record AllocationScope(
        Set<OdsCode> sites, Set<OdsCode> referringTrusts, Optional<Modality> modality, Horizon horizon) {

    public AllocationScope {
        sites = Set.copyOf(sites);
        referringTrusts = Set.copyOf(referringTrusts);
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(horizon, "horizon");
    }

    public static AllocationScope network(Horizon horizon) {
        return new AllocationScope(Set.of(), Set.of(), Optional.empty(), horizon);
    }

    boolean coversSite(OdsCode site) {
        return sites.isEmpty() || sites.contains(site);
    }

    boolean coversReferrer(OdsCode trust) {
        return referringTrusts.isEmpty() || referringTrusts.contains(trust);
    }

    boolean coversModality(Modality candidate) {
        return modality.map(candidate::equals).orElse(true);
    }
}
