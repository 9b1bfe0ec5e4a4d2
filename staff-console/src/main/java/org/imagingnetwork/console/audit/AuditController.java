package org.imagingnetwork.console.audit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.console.web.QueryParameters;
import org.imagingnetwork.core.audit.AuditFilter;
import org.imagingnetwork.core.audit.AuditLog;
import org.imagingnetwork.core.audit.AuditPage;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.validation.FieldError;

/**
 * The audit log, for network administrators: who read or changed what, filtered by patient, user
 * and London days, newest first, paged, and as CSV. Every reading of it is itself recorded. The log
 * spans every trust, so only a role held for the network itself opens it; the same role held for a
 * trust or an ICS gets "not found", as for anything outside scope.
 */
@Controller("/audit")
@Secured("VIEW_AUDIT")
@ExecuteOn(TaskExecutors.BLOCKING)
final class AuditController {

    static final String SEARCHED = "AUDIT_LOG_SEARCHED";
    static final String EXPORTED = "AUDIT_LOG_EXPORTED";

    private final AuditLog log;
    private final AuditPatients patients;
    private final StaffAudit audit;

    AuditController(AuditLog log, AuditPatients patients, StaffAudit audit) {
        this.log = log;
        this.patients = patients;
        this.audit = audit;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> search(HttpRequest<?> request, StaffUser user) {
        networkOnly(user);
        AuditQuery.Parsed parsed = AuditQuery.parse(QueryParameters.of(request));
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        Optional<AuditFilter> filter = filter(parsed.query(), errors);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Audit log");
        model.put("query", parsed.query().asParameters());
        model.put("queryString", parsed.query().queryString());
        model.put("errors", errors);
        model.put("errorFields", errors.stream().map(FieldError::field).toList());
        if (filter.isEmpty()) {
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("audit/log", model));
        }
        int page = parsed.query().page();
        AuditPage found = log.search(filter.get(), AuditQuery.PAGE_SIZE, (page - 1) * AuditQuery.PAGE_SIZE);
        audit.read(
                user,
                SEARCHED,
                filter.get().patient(),
                "page " + page + ", " + found.entries().size() + " of " + found.total() + " entries; filter "
                        + described(parsed.query(), filter.get()));
        model.put("found", new AuditEntries(found.entries(), found.total(), page, AuditQuery.PAGE_SIZE));
        return HttpResponse.ok(new ModelAndView<>("audit/log", model));
    }

    @Get("/export.csv")
    HttpResponse<?> export(HttpRequest<?> request, StaffUser user) {
        networkOnly(user);
        AuditQuery.Parsed parsed = AuditQuery.parse(QueryParameters.of(request));
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        Optional<AuditFilter> filter = filter(parsed.query(), errors);
        if (filter.isEmpty()) {
            return HttpResponse.badRequest(errors.stream()
                            .map(e -> e.field() + ": " + e.message())
                            .collect(Collectors.joining("\n", "", "\n")))
                    .contentType(MediaType.TEXT_PLAIN_TYPE);
        }
        StringBuilder csv = new StringBuilder(AuditCsv.HEADER);
        int[] count = {0};
        log.export(filter.get(), entry -> {
            csv.append(AuditCsv.line(entry));
            count[0]++;
        });
        audit.read(
                user,
                EXPORTED,
                filter.get().patient(),
                count[0] + " entries; filter " + described(parsed.query(), filter.get()));
        return HttpResponse.ok(csv.toString())
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
    }

    private static void networkOnly(StaffUser user) {
        if (user.scope().level() != Scope.Level.NETWORK) {
            throw new PageNotFound();
        }
    }

    /** The core's filter for a query that parsed, or empty with the reason added to {@code errors}. */
    private Optional<AuditFilter> filter(AuditQuery query, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        AuditFilter filter = AuditFilter.EVERYTHING;
        if (query.patient().isPresent()) {
            Optional<PatientId> id = patients.idOf(query.patient().get());
            if (id.isEmpty()) {
                errors.add(new FieldError("patient", "No patient has this NHS number"));
                return Optional.empty();
            }
            filter = filter.aboutPatient(id.get());
        }
        if (query.user().isPresent()) {
            filter = filter.byActor(query.user().get());
        }
        // The page's days are both included; the core's "to" is the first day left out.
        return Optional.of(new AuditFilter(
                filter.patient(), filter.actor(), query.from(), query.to().map(d -> d.plusDays(1))));
    }

    /** The filter in words for the audit row: the patient by id, never their NHS number. */
    private static String described(AuditQuery query, AuditFilter filter) {
        List<String> parts = new ArrayList<>();
        filter.patient().ifPresent(p -> parts.add("patient " + p));
        query.user().ifPresent(u -> parts.add("user " + u));
        query.from().ifPresent(d -> parts.add("from " + d));
        query.to().ifPresent(d -> parts.add("to " + d));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
