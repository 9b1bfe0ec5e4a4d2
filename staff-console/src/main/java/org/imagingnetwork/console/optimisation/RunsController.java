package org.imagingnetwork.console.optimisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.web.FormToken;
import org.imagingnetwork.console.web.QueryParameters;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.optimizer.run.Run;
import org.imagingnetwork.optimizer.run.RunId;
import org.imagingnetwork.optimizer.run.RunService;
import org.imagingnetwork.optimizer.run.StartOutcome;

/**
 * The runs a manager may see, and starting a new one: the form first says what the run would
 * consider (and refuses a scope with nothing to plan), then starts it and goes to its page.
 */
@Controller("/optimisation")
@Secured("RUN_OPTIMISATION")
@Produces(MediaType.TEXT_HTML)
final class RunsController {

    private static final int LISTED = 50;

    private final RunService runs;
    private final RunAccess access;
    private final OptimisationQueries queries;
    private final Clock clock;

    RunsController(RunService runs, RunAccess access, OptimisationQueries queries, Clock clock) {
        this.runs = runs;
        this.access = access;
        this.queries = queries;
        this.clock = clock;
    }

    @Get
    ModelAndView<Map<String, Object>> list(StaffUser user) {
        List<Run> visible = queries.newestRuns(LISTED).stream()
                .flatMap(id -> runs.run(new RunId(id)).stream())
                .filter(run -> access.maySee(run, user))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Optimisation");
        model.put("runs", visible);
        model.put("words", new Labels());
        return new ModelAndView<>("optimisation/list", model);
    }

    /** The start form; with its fields filled in, also what the run would consider. */
    @Get("/new")
    HttpResponse<ModelAndView<Map<String, Object>>> form(HttpRequest<?> request, StaffUser user) {
        Map<String, String> query = QueryParameters.of(request);
        List<ScopeChoice> choices = access.choices(user);
        LocalDate today = London.clinicDay(clock.instant());
        if (!query.containsKey("kind")) {
            return HttpResponse.ok(new ModelAndView<>(
                    "optimisation/new",
                    page(choices, RunForm.blank(choices, RunAccess.nextMonday(today)), List.of(), null)));
        }
        RunForm.Parsed parsed = RunForm.parse(query, choices, today);
        if (parsed.form().isEmpty()) {
            return refused(choices, parsed.typed(), parsed.errors());
        }
        RunForm form = parsed.form().get();
        PlanningCounts counts = queries.counts(form);
        List<FieldError> nothing = counts.nothingToPlan(form);
        if (!nothing.isEmpty()) {
            Map<String, Object> model = page(choices, parsed.typed(), nothing, null);
            model.put("counts", counts);
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("optimisation/new", model));
        }
        return HttpResponse.ok(new ModelAndView<>(
                "optimisation/new", page(choices, parsed.typed(), List.of(), new Preview(form, counts))));
    }

    @Post(value = "/runs", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(StaffUser user, @Body @Nullable Map<String, String> body) {
        Map<String, String> input = body == null ? Map.of() : body;
        FormToken.check(user, input.get(FormToken.FIELD));
        List<ScopeChoice> choices = access.choices(user);
        RunForm.Parsed parsed = RunForm.parse(input, choices, London.clinicDay(clock.instant()));
        if (parsed.form().isEmpty()) {
            return refused(choices, parsed.typed(), parsed.errors());
        }
        RunForm form = parsed.form().get();
        List<FieldError> nothing = queries.counts(form).nothingToPlan(form);
        if (!nothing.isEmpty()) {
            return refused(choices, parsed.typed(), nothing);
        }
        StartOutcome outcome = runs.start(form.request(user.staffActor().auditName()));
        if (outcome instanceof StartOutcome.Invalid invalid) {
            return refused(
                    choices,
                    parsed.typed(),
                    invalid.errors().stream().map(RunsController::onForm).toList());
        }
        RunId id = ((StartOutcome.Queued) outcome).run();
        return HttpResponse.seeOther(URI.create("/optimisation/runs/" + id));
    }

    /** The optimiser names its own fields; the form's are named for what the manager chose. */
    static FieldError onForm(FieldError error) {
        String field = switch (error.field()) {
            case "scopeLevel", "scopeCode", "requestedBy" -> "scope";
            case "lastDay" -> "weeks";
            case "secondsLimit" -> "seconds";
            default -> error.field();
        };
        return new FieldError(field, error.message());
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> refused(
            List<ScopeChoice> choices, Map<String, String> typed, List<FieldError> errors) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>("optimisation/new", page(choices, typed, errors, null)));
    }

    private static Map<String, Object> page(
            List<ScopeChoice> choices, Map<String, String> typed, List<FieldError> errors, @Nullable Preview preview) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Start an optimisation run");
        model.put("choices", choices);
        model.put("modalities", Arrays.asList(Modality.values()));
        model.put("typed", typed);
        model.put("errors", errors);
        model.put("errorFields", errors.stream().map(FieldError::field).toList());
        model.put("maxWeeks", RunForm.MAX_WEEKS);
        if (preview != null) {
            model.put("preview", preview);
            model.put("counts", preview.counts());
        }
        return model;
    }

    /** What a run would consider, with the fields to start it. */
    record Preview(RunForm form, PlanningCounts counts) {
        public Map<String, String> fields() {
            return form.asFields();
        }

        public String describe() {
            return RunWords.kind(form.kind()) + " for " + form.scope().label() + ", "
                    + form.modality().map(Modality::displayName).orElse("all modalities");
        }
    }

    /** Run words for the templates. */
    static final class Labels {
        public String kind(Run run) {
            return RunWords.kind(run.kind());
        }

        public String state(Run run) {
            return RunWords.state(run.state());
        }
    }
}
