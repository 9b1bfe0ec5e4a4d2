package org.imagingnetwork.console.staff;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.core.availability.Absence;
import org.imagingnetwork.core.availability.StaffAvailability;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Staff;

/**
 * The staff a member of the console may manage: those employed by the trusts in their scope (core's
 * {@link NetworkDirectory#staffOf}), with their absences. Anyone else is, to them, not there.
 */
@Singleton
final class StaffRoster {

    private final NetworkDirectory network;
    private final StaffAvailability availability;

    StaffRoster(NetworkDirectory network, StaffAvailability availability) {
        this.network = network;
        this.availability = availability;
    }

    /** The staff of these trusts (all in scope), by name, with each one's absences over the days. */
    List<StaffLine> staffOf(List<String> trusts, Optional<String> site, LocalDate first, LocalDate last) {
        return trusts.stream()
                .flatMap(trust -> {
                    Map<String, List<Absence>> away =
                            availability.absencesInTrust(new OdsCode(trust), first, last).stream()
                                    .collect(Collectors.groupingBy(Absence::staffId));
                    return network.staffOf(new OdsCode(trust)).stream()
                            .filter(member ->
                                    site.isEmpty() || member.homeSites().contains(new OdsCode(site.get())))
                            .map(member -> new StaffLine(member, away.getOrDefault(member.id(), List.of())));
                })
                .sorted(Comparator.comparing((StaffLine l) -> l.member().name())
                        .thenComparing(l -> l.member().id()))
                .toList();
    }

    /** The member of staff with this id, if one of the scope's trusts employs them. */
    Optional<Staff> member(Scope scope, String id) {
        return scope.trusts().stream()
                .flatMap(trust -> network.staffOf(new OdsCode(trust)).stream())
                .filter(member -> member.id().equals(id))
                .findFirst();
    }

    /** A member of staff and their absences in the period shown. */
    record StaffLine(Staff member, List<Absence> absences) {}
}
