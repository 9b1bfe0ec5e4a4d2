package org.imagingnetwork.console.optimisation;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.Permission;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.optimizer.run.Run;
import org.imagingnetwork.optimizer.run.RunKind;
import org.imagingnetwork.optimizer.run.RunService;
import org.imagingnetwork.optimizer.run.RunState;

/**
 * What a run's page shows: its progress so far, and once solved, what publishing it would do or did,
 * and for a diary what held it back.
 */
@Singleton
class RunPageModel {

    private final ProgressReader progress;
    private final OptimisationQueries queries;
    private final RunAccess access;
    private final DisruptionQueries moves;
    private final RunStaleness staleness;
    private final RunService runs;

    RunPageModel(
            ProgressReader progress,
            OptimisationQueries queries,
            RunAccess access,
            DisruptionQueries moves,
            RunStaleness staleness,
            RunService runs) {
        this.progress = progress;
        this.queries = queries;
        this.access = access;
        this.moves = moves;
        this.staleness = staleness;
        this.runs = runs;
    }

    Map<String, Object> of(Run run, StaffUser user) {
        ProgressUpdate update = progress.read(run, 0);
        List<String> names = ScoreLevels.names(run.kind());
        List<Integer> charted = ScoreLevels.charted(run.kind());
        Map<String, Object> model = new HashMap<>();
        model.put("title", RunWords.kind(run.kind()));
        model.put("run", run);
        model.put("kindLabel", RunWords.kind(run.kind()));
        model.put("update", update);
        model.put("errors", List.of());
        model.put("levelNames", names);
        model.put("chartLevels", charted.stream().map(String::valueOf).collect(Collectors.joining(",")));
        model.put("chartNames", charted.stream().map(names::get).collect(Collectors.joining("|")));
        model.put("chartLabel", charted.stream().map(names::get).collect(Collectors.joining(" and ")));
        boolean hasResult = (run.state() == RunState.SOLVED || run.state() == RunState.STOPPED)
                && run.bestScore().isPresent();
        model.put("hasResult", hasResult || run.state() == RunState.PUBLISHED);
        model.put("mayPublish", hasResult && user.may(Permission.PUBLISH_OPTIMISATION));
        if (hasResult) {
            RunStaleness.Staleness moved = staleness.of(run);
            model.put("staleness", moved);
            model.put("staleMeans", RunWords.publishingStale(run.kind()));
        }
        if (run.kind() == RunKind.DIARY) {
            runs.limits(run.id()).ifPresent(limits -> model.put("limits", LimitRows.of(limits)));
        }
        if (run.state() == RunState.PUBLISHED && run.kind() == RunKind.ALLOCATION) {
            Map<String, Long> offers = queries.offersByStatus(run.id().value());
            model.put("offers", offers);
            model.put(
                    "offersSent",
                    offers.values().stream().mapToLong(Long::longValue).sum());
            model.put("offersAccepted", offers.getOrDefault("ACCEPTED", 0L));
        }
        if (run.kind() == RunKind.DISRUPTION) {
            runs.closure(run.id()).ifPresent(closure -> model.put("closure", closure));
            List<DisruptionQueries.MoveLine> lines = moves.moves(run.id().value());
            model.put("moves", lines);
            model.put(
                    "movedCount",
                    lines.stream().filter(line -> line.movedAt().isPresent()).count());
            model.put(
                    "toldCount",
                    lines.stream().filter(line -> line.toldAt().isPresent()).count());
            model.put(
                    "toTellCount",
                    lines.stream()
                            .filter(line -> line.movedAt().isPresent() && !line.settled())
                            .count());
            model.put(
                    "notToldCount",
                    lines.stream().filter(line -> line.notTold().isPresent()).count());
            model.put(
                    "withoutTime",
                    lines.stream().filter(line -> line.newAt().isEmpty()).count());
            model.put("mayOpenPatients", user.may(Permission.VIEW_PATIENT));
        }
        return model;
    }
}
