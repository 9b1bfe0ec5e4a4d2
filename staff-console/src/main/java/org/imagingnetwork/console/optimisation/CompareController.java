package org.imagingnetwork.console.optimisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.optimizer.run.Run;
import org.imagingnetwork.optimizer.run.RunId;
import org.imagingnetwork.optimizer.run.RunKind;
import org.imagingnetwork.optimizer.run.RunService;
import org.imagingnetwork.optimizer.run.RunState;

/**
 * One run before and after, or two runs of the same scope and kind side by side: for an allocation its
 * key figures and waits by site and trust, for a diary run room utilisation and staff hours by skill,
 * for a re-plan its patients, breaches, targets met, travel and waits, as tables with charts of the
 * same numbers.
 */
@Controller("/optimisation/compare")
@Secured("RUN_OPTIMISATION")
@Produces(MediaType.TEXT_HTML)
final class CompareController {

    private static final int LISTED = 50;

    private final RunAccess access;
    private final RunService runs;
    private final OptimisationQueries queries;
    private final Comparisons comparisons;

    CompareController(RunAccess access, RunService runs, OptimisationQueries queries, Comparisons comparisons) {
        this.access = access;
        this.runs = runs;
        this.queries = queries;
        this.comparisons = comparisons;
    }

    @Get
    HttpResponse<ModelAndView<Map<String, Object>>> compare(
            StaffUser user, @Nullable @QueryValue String first, @Nullable @QueryValue String second) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Compare runs");
        List<FieldError> errors = new ArrayList<>();
        Run one = blank(first) ? null : access.run(first, user);
        Run two = blank(second) ? null : access.run(second, user);
        List<UUID> listed =
                one == null ? queries.newestRuns(LISTED) : queries.newestRuns(one.kind(), one.scope(), LISTED);
        List<Run> candidates = listed.stream()
                .flatMap(id -> runs.run(new RunId(id)).stream())
                .filter(run -> access.maySee(run, user))
                .filter(this::hasResult)
                .toList();
        model.put("candidates", candidates);
        model.put("first", one);
        model.put("second", two);
        model.put("words", new RunsController.Labels());
        if (one != null && !hasResult(one)) {
            errors.add(new FieldError(
                    "first",
                    "Choose a run that has finished with a plan: this one is "
                            + RunWords.state(one.state()).toLowerCase(Locale.UK)));
        }
        if (two != null) {
            if (one == null) {
                errors.add(new FieldError("first", "Choose the first run"));
            } else if (two.kind() != one.kind()) {
                errors.add(new FieldError(
                        "second",
                        "Choose a run of the same kind as the first: "
                                + RunWords.kind(one.kind()).toLowerCase(Locale.UK)));
            } else if (!one.scope().equals(two.scope())) {
                errors.add(new FieldError(
                        "second",
                        "Choose a run of the same scope as the first: "
                                + one.scope().describe()));
            } else if (one.id().equals(two.id())) {
                errors.add(new FieldError("second", "Choose a different run from the first"));
            } else if (!hasResult(two)) {
                errors.add(new FieldError(
                        "second",
                        "Choose a run that has finished with a plan: this one is "
                                + RunWords.state(two.state()).toLowerCase(Locale.UK)));
            }
        }
        if (one != null && errors.isEmpty()) {
            model.put("comparison", comparisons.of(one, Optional.ofNullable(two)));
        }
        model.put("errors", errors);
        model.put("errorFields", errors.stream().map(FieldError::field).toList());
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(
                        errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>("optimisation/compare", model));
    }

    /** Finished with a plan to compare: an allocation also needs its key figures stored. */
    private boolean hasResult(Run run) {
        boolean finished =
                run.state() == RunState.SOLVED || run.state() == RunState.STOPPED || run.state() == RunState.PUBLISHED;
        return finished
                && (run.kind() != RunKind.ALLOCATION || runs.figures(run.id()).isPresent());
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
