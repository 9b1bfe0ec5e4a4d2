package org.imagingnetwork.core.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Room;

/** Lookups over the generated network that the waiting-list and booking steps share. */
record NetworkParts(
        LocalDate startDate,
        LocalDate today,
        Map<String, Room> rooms,
        Map<String, SiteSeed> sites,
        Map<String, TrustSeed> trusts,
        Map<ExamCode, Exam> exams) {

    /** Trusts by the Welsh border, where more patients ask to be written to in Welsh. */
    private static final Set<String> BORDER_TRUSTS = Set.of("RLQ", "RXW", "RL1");

    static NetworkParts of(
            LocalDate startDate, LocalDate today, List<Room> rooms, List<SiteSeed> sites, List<Exam> exams) {
        Set<String> trustCodes = sites.stream().map(SiteSeed::trust).collect(Collectors.toSet());
        return new NetworkParts(
                startDate,
                today,
                index(rooms, Room::id),
                index(sites, SiteSeed::odsCode),
                index(
                        WestMidlands.TRUSTS.stream()
                                .filter(t -> trustCodes.contains(t.odsCode()))
                                .toList(),
                        TrustSeed::odsCode),
                index(exams, Exam::code));
    }

    Room room(String id) {
        return rooms.get(id);
    }

    SiteSeed site(String odsCode) {
        return sites.get(odsCode);
    }

    Exam exam(ExamCode code) {
        return exams.get(code);
    }

    double pressure(String trust) {
        return trusts.get(trust).pressure();
    }

    boolean nearWales(String trust) {
        return BORDER_TRUSTS.contains(trust);
    }

    /** The trust's sites, in the order the network lists them. */
    List<String> sitesOf(String trust) {
        return sites.values().stream()
                .filter(s -> s.trust().equals(trust))
                .map(SiteSeed::odsCode)
                .sorted()
                .toList();
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, v -> v));
    }
}
