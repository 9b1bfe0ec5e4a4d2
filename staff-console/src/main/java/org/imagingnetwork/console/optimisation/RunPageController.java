package org.imagingnetwork.console.optimisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.audit.StaffAudit;
import org.imagingnetwork.console.web.FormToken;
import org.imagingnetwork.optimizer.run.Run;
import org.imagingnetwork.optimizer.run.RunService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A run's page: its progress drawn on the server (so it works without JavaScript, with a refresh
 * link), pushed to the page as server-sent events while it solves, and a stop button that keeps the
 * best plan so far. Closing the page does not stop the run.
 */
@Controller("/optimisation/runs")
@Secured("RUN_OPTIMISATION")
final class RunPageController {

    private final RunAccess access;
    private final RunService runs;
    private final ProgressReader progress;
    private final RunPageModel pages;
    private final OptimisationSettings settings;
    private final StaffAudit audit;

    static final String MOVES_SHOWN = "OPTIMISATION_REPLAN_SHOWN";

    RunPageController(
            RunAccess access,
            RunService runs,
            ProgressReader progress,
            RunPageModel pages,
            OptimisationSettings settings,
            StaffAudit audit) {
        this.access = access;
        this.runs = runs;
        this.progress = progress;
        this.pages = pages;
        this.settings = settings;
        this.audit = audit;
    }

    /** The page; a re-plan's names the patients of the closed room, so each showing of them is audited. */
    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(@PathVariable String id, StaffUser user) {
        Run run = access.run(id, user);
        Map<String, Object> model = pages.of(run, user);
        if (model.get("moves") instanceof List<?> moves && !moves.isEmpty()) {
            audit.read(user, MOVES_SHOWN, "run " + run.id() + ": " + moves.size() + " patients named");
        }
        return new ModelAndView<>("optimisation/run", model);
    }

    /**
     * The run's progress as it is stored, once every poll interval, until the run stops changing. A
     * browser that reconnects sends the last event's id and gets only what it missed.
     */
    @Get(value = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<ProgressUpdate>> events(
            @PathVariable String id,
            StaffUser user,
            @Nullable @Header("Last-Event-ID") String lastEventId,
            @Nullable @QueryValue String after) {
        Run run = access.run(id, user);
        AtomicInteger seen = new AtomicInteger(seq(lastEventId != null ? lastEventId : after));
        return Flux.interval(java.time.Duration.ZERO, settings.pollEvery())
                .onBackpressureDrop()
                .concatMap(tick -> Mono.fromCallable(() -> progress.read(run, seen.get()))
                        .subscribeOn(Schedulers.boundedElastic()))
                .takeUntil(update -> !update.live())
                .map(update -> {
                    if (!update.points().isEmpty()) {
                        seen.set(update.lastSeq());
                    }
                    return Event.of(update).name("progress").id(String.valueOf(seen.get()));
                });
    }

    @Post(value = "/{id}/stop", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> stop(@PathVariable String id, StaffUser user, @Body @Nullable Map<String, String> form) {
        FormToken.check(user, form == null ? null : form.get(FormToken.FIELD));
        Run run = access.run(id, user);
        runs.stop(run.id());
        return HttpResponse.seeOther(URI.create("/optimisation/runs/" + run.id()));
    }

    private static int seq(@Nullable String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
