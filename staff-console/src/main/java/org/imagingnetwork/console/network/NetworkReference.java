package org.imagingnetwork.console.network;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCatalogue;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.Trust;

/**
 * The network's trusts, sites and exams for pickers and labels. They change a few times a year,
 * so they are read at most every few minutes rather than on every page.
 */
@Singleton
public final class NetworkReference {

    private static final Duration KEEP = Duration.ofMinutes(5);

    private record Kept(List<Trust> trusts, List<Site> sites, List<Exam> exams, Instant until) {}

    private final NetworkDirectory network;
    private final ExamCatalogue exams;
    private final Clock clock;
    private final AtomicReference<Kept> kept = new AtomicReference<>();

    NetworkReference(NetworkDirectory network, ExamCatalogue exams, Clock clock) {
        this.network = network;
        this.exams = exams;
        this.clock = clock;
    }

    public List<Trust> trustsIn(Scope scope) {
        return current().trusts().stream()
                .filter(t -> scope.covers(t.odsCode().value()))
                .toList();
    }

    public List<Site> sitesIn(Scope scope) {
        return current().sites().stream()
                .filter(s -> scope.covers(s.trust().value()))
                .sorted(Comparator.comparing(Site::name))
                .toList();
    }

    public Optional<Site> site(String code) {
        return current().sites().stream()
                .filter(s -> s.odsCode().value().equals(code))
                .findFirst();
    }

    public List<Exam> exams() {
        return current().exams();
    }

    public Map<String, String> examNames() {
        return current().exams().stream().collect(Collectors.toMap(e -> e.code().value(), Exam::name, (a, b) -> a));
    }

    public Map<String, String> trustNames() {
        return current().trusts().stream()
                .collect(Collectors.toMap(t -> t.odsCode().value(), Trust::name, (a, b) -> a));
    }

    public Map<String, Site> sitesByCode() {
        return current().sites().stream()
                .collect(Collectors.toMap(s -> s.odsCode().value(), Function.identity()));
    }

    private Kept current() {
        Instant now = clock.instant();
        Kept k = kept.get();
        if (k == null || !k.until().isAfter(now)) {
            k = new Kept(
                    network.trusts().stream()
                            .sorted(Comparator.comparing(Trust::name))
                            .toList(),
                    network.sites(),
                    exams.all().stream()
                            .sorted(Comparator.comparing(Exam::name))
                            .toList(),
                    now.plus(KEEP));
            kept.set(k);
        }
        return k;
    }
}
