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
import java.util.Map;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.optimizer.run.FiguresComparison;
import org.imagingnetwork.optimizer.run.Run;
import org.imagingnetwork.optimizer.run.RunId;
import org.imagingnetwork.optimizer.run.RunService;

/**
 * Two runs of the same scope side by side: the key figures before either, and after each, as tables
 * with charts of the same numbers.
 */
@Controller("/optimisation/compare")
@Secured("RUN_OPTIMISATION")
@Produces(MediaType.TEXT_HTML)
final class CompareController {

    private static final int LISTED = 50;

    private final RunAccess access;
    private final RunService runs;
    private final OptimisationQueries queries;

    CompareController(RunAccess access, RunService runs, OptimisationQueries queries) {
        this.access = access;
        this.runs = runs;
        this.queries = queries;
    }

    @Get
    HttpResponse<ModelAndView<Map<String, Object>>> compare(
            StaffUser user, @Nullable @QueryValue String first, @Nullable @QueryValue String second) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Compare runs");
        List<FieldError> errors = new ArrayList<>();
        Run one = blank(first) ? null : access.run(first, user);
        Run two = blank(second) ? null : access.run(second, user);
        List<Run> candidates = queries.newestRuns(LISTED).stream()
                .flatMap(id -> runs.run(new RunId(id)).stream())
                .filter(run -> access.maySee(run, user))
                .filter(run -> runs.figures(run.id()).isPresent())
                .filter(run -> one == null || run.scope().equals(one.scope()))
                .toList();
        model.put("candidates", candidates);
        model.put("first", one);
        model.put("second", two);
        model.put("words", new RunsController.Labels());
        if (one != null && two != null) {
            if (!one.scope().equals(two.scope())) {
                errors.add(new FieldError(
                        "second",
                        "Choose a run of the same scope as the first: "
                                + one.scope().describe()));
            } else if (one.id().equals(two.id())) {
                errors.add(new FieldError("second", "Choose a different run from the first"));
            }
            FiguresComparison a = runs.figures(one.id()).orElse(null);
            FiguresComparison b = runs.figures(two.id()).orElse(null);
            if (errors.isEmpty() && (a == null || b == null)) {
                errors.add(new FieldError(
                        a == null ? "first" : "second",
                        "Choose a solved waiting-list allocation: only those have figures to compare"));
            }
            if (errors.isEmpty()) {
                model.put("comparison", FigureRows.of(a, b));
            }
        }
        model.put("errors", errors);
        model.put("errorFields", errors.stream().map(FieldError::field).toList());
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(
                        errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>("optimisation/compare", model));
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
