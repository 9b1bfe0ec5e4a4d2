package org.imagingnetwork.console.access;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.network.Trust;

/**
 * Works out a scope from the organisation CIS2 names: the network's own code (a regional
 * organisation), one of the network's ICBs, or one of its trusts. Any other organisation is not
 * part of this network and gets no scope.
 */
@Singleton
public final class Scopes {

    private final NetworkDirectory network;
    private final NetworkOrganisation settings;

    Scopes(NetworkDirectory network, NetworkOrganisation settings) {
        this.network = network;
        this.settings = settings;
    }

    public Optional<Scope> of(String organisation) {
        if (organisation == null) {
            return Optional.empty();
        }
        if (organisation.equals(settings.odsCode())) {
            return Optional.of(new Scope(
                    Scope.Level.NETWORK,
                    organisation,
                    settings.name(),
                    network.trusts().stream()
                            .map(t -> t.odsCode().value())
                            .collect(Collectors.toCollection(TreeSet::new))));
        }
        Optional<Scope> ics = network.integratedCareSystems().stream()
                .filter(i -> i.code().equals(organisation))
                .findFirst()
                .map(i -> new Scope(
                        Scope.Level.ICS,
                        organisation,
                        i.name(),
                        network.trusts().stream()
                                .filter(t -> t.icsCode().equals(i.code()))
                                .map(t -> t.odsCode().value())
                                .collect(Collectors.toCollection(TreeSet::new))));
        if (ics.isPresent()) {
            return ics;
        }
        return network.trusts().stream()
                .filter(t -> t.odsCode().value().equals(organisation))
                .findFirst()
                .map(Scopes::ofTrust);
    }

    private static Scope ofTrust(Trust trust) {
        TreeSet<String> one = new TreeSet<>();
        one.add(trust.odsCode().value());
        return new Scope(Scope.Level.TRUST, trust.odsCode().value(), trust.name(), one);
    }
}
