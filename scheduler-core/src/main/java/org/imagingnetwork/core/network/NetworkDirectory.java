package org.imagingnetwork.core.network;

import java.util.List;
import java.util.Optional;

/**
 * The network's reference data: who the trusts are, where patients can go, what each room can do
 * and who works there. Lists are ordered by code so that screens and solver runs are repeatable.
 * Callers that look things up many times (the optimiser, availability search) take a
 * {@link #snapshot()} once instead of querying per item.
 */
public interface NetworkDirectory {
    List<Ics> integratedCareSystems();

    List<Trust> trusts();

    Optional<Trust> trust(OdsCode odsCode);

    List<Site> sites();

    Optional<Site> site(OdsCode odsCode);

    List<Site> sitesOf(OdsCode trust);

    List<Room> rooms();

    Optional<Room> room(String id);

    List<Room> roomsAt(OdsCode site);

    List<Staff> staff();

    List<Staff> staffOf(OdsCode trust);

    /** Everything at once, indexed by code: a handful of queries however large the network. */
    default NetworkSnapshot snapshot() {
        return new NetworkSnapshot(integratedCareSystems(), trusts(), sites(), rooms(), staff());
    }
}
