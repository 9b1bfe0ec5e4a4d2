package org.imagingnetwork.console.figures;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.console.web.FormToken;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.console.web.QueryParameters;
import org.imagingnetwork.core.bi.FigureFilter;
import org.imagingnetwork.core.bi.FigureRefresh;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;

/**
 * The network's figures for a service manager's scope: an index of the dashboards, each dashboard
 * with its filter, tables and charts, each figure as CSV, and a refresh of the figures.
 */
@Controller("/figures")
@Secured("VIEW_FIGURES")
@ExecuteOn(TaskExecutors.BLOCKING)
final class FiguresController {

    /** Where a refresh may send the manager back to: a figures page and its query, nothing else. */
    private static final Pattern BACK = Pattern.compile("/figures(/[a-z-]+)?(\\?[A-Za-z0-9=&%._-]*)?");

    private final FigureBook book;
    private final FigureRefresh refresh;
    private final FigureSettings settings;
    private final NetworkReference network;
    private final NetworkDirectory directory;
    private final JsonMapper json;
    private final Clock clock;

    FiguresController(
            FigureBook book,
            FigureRefresh refresh,
            FigureSettings settings,
            NetworkReference network,
            NetworkDirectory directory,
            JsonMapper json,
            Clock clock) {
        this.book = book;
        this.refresh = refresh;
        this.settings = settings;
        this.network = network;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> index(HttpRequest<?> request) {
        Map<String, Object> model = freshness(request);
        model.put("title", "Figures");
        model.put("dashboards", Dashboard.values());
        return new ModelAndView<>("figures/index", model);
    }

    @Get("/{path}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> dashboard(
            HttpRequest<?> request, StaffUser user, @PathVariable String path) {
        Dashboard dashboard = Dashboard.byPath(path).orElseThrow(PageNotFound::new);
        FigureQuery.Parsed parsed = FigureQuery.parse(QueryParameters.of(request), today());
        Map<String, Object> model = freshness(request);
        model.put("title", dashboard.title());
        model.put("dashboard", dashboard);
        model.put("dashboards", Dashboard.values());
        model.put("query", parsed.query().asParameters());
        model.put("queryString", parsed.query().queryString());
        model.put("from", parsed.query().from());
        model.put("to", parsed.query().to());
        model.put("choices", FigureChoices.of(network, directory, user.scope()));
        model.put("errors", parsed.errors());
        model.put("errorFields", parsed.errors().stream().map(FieldError::field).toList());
        if (!parsed.errors().isEmpty()) {
            model.put("figures", List.of());
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("figures/dashboard", model));
        }
        FigureFilter filter = parsed.query().filterFor(user.scope(), network);
        String queryString = parsed.query().queryString();
        model.put(
                "figures",
                dashboard.figures().stream()
                        .map(f -> view(book.table(f, filter), queryString))
                        .toList());
        return HttpResponse.ok(new ModelAndView<>("figures/dashboard", model));
    }

    @Get("/export/{id}")
    HttpResponse<String> export(HttpRequest<?> request, StaffUser user, @PathVariable String id) {
        Figure figure = Figure.byId(id).orElseThrow(PageNotFound::new);
        FigureQuery.Parsed parsed = FigureQuery.parse(QueryParameters.of(request), today());
        if (!parsed.errors().isEmpty()) {
            return HttpResponse.<String>badRequest(FigureCsv.errors(parsed.errors()))
                    .contentType(MediaType.TEXT_PLAIN_TYPE);
        }
        FigureTable table = book.table(figure, parsed.query().filterFor(user.scope(), network));
        return HttpResponse.ok(FigureCsv.of(table))
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"" + figure.id() + ".csv\"");
    }

    /** Rebuilds the figures now, then back to the page the manager was on. */
    @Post(value = "/refresh", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> refresh(StaffUser user, @Body @Nullable Map<String, String> form) {
        FormToken.check(user, form == null ? null : form.get(FormToken.FIELD));
        refresh.refresh();
        String back = form.getOrDefault("back", "");
        return HttpResponse.seeOther(URI.create(BACK.matcher(back).matches() ? back : "/figures"));
    }

    private FigureView view(FigureTable table, String queryString) {
        try {
            return new FigureView(
                    table,
                    json.writeValueAsString(ChartData.of(table)),
                    "/figures/export/" + table.figure().id() + "?" + queryString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What every figures page says about the figures' age, and where its refresh returns to. */
    private Map<String, Object> freshness(HttpRequest<?> request) {
        Map<String, Object> model = new HashMap<>();
        model.put("freshness", refresh.freshness());
        model.put("refreshEvery", settings.refreshEvery().toMinutes());
        String query = request.getUri().getRawQuery();
        model.put("back", request.getPath() + (query == null || query.isEmpty() ? "" : "?" + query));
        return model;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(London.ZONE));
    }
}
