package org.imagingnetwork.console.optimisation;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.console.access.Permission;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.audit.StaffAudit;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.optimizer.explain.BrokenRule;
import org.imagingnetwork.optimizer.explain.ScoreReport;
import org.imagingnetwork.optimizer.run.Explanation;
import org.imagingnetwork.optimizer.run.Run;
import org.imagingnetwork.optimizer.run.RunService;

/**
 * Why a run's plan scores as it does, in a manager's words: the rules it breaks and the goals it
 * pays for, each with the patients concerned and a link to their request. It names patients, so
 * showing it is audited.
 */
@Controller("/optimisation/runs")
@Secured("RUN_OPTIMISATION")
final class ExplanationController {

    /** Findings shown per rule; the page says how many more there are. */
    static final int SHOWN = 25;

    private final RunAccess access;
    private final RunService runs;
    private final OptimisationQueries queries;
    private final StaffAudit audit;

    ExplanationController(RunAccess access, RunService runs, OptimisationQueries queries, StaffAudit audit) {
        this.access = access;
        this.runs = runs;
        this.queries = queries;
        this.audit = audit;
    }

    @Get("/{id}/explanation")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> explanation(@PathVariable String id, StaffUser user) {
        Run run = access.run(id, user);
        Explanation explanation = runs.explanation(run.id()).orElseThrow(PageNotFound::new);
        ScoreReport report = explanation.report();
        List<String> patients = report.rules().stream()
                .flatMap(rule -> rule.findings().stream().limit(SHOWN))
                .flatMap(finding -> finding.patients().stream())
                .map(ExplanationController::digits)
                .distinct()
                .toList();
        Map<String, Long> requests = queries.openRequestsOf(patients);
        BreachGroups breaches = explanation
                .breaches()
                .map(list -> BreachGroups.of(list, user.may(Permission.VIEW_PATIENT), SHOWN))
                .orElse(null);
        long breachesNamed = breaches == null
                ? 0
                : breaches.groups().stream()
                        .mapToLong(group -> group.items().size())
                        .sum();
        audit.read(
                user,
                "OPTIMISATION_EXPLANATION_SHOWN",
                "run " + run.id() + ": " + patients.size() + " patients named in findings, " + breachesNamed
                        + " in breaches");
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Why the plan scores as it does");
        model.put("run", run);
        model.put("kindLabel", RunWords.kind(run.kind()));
        model.put("report", report);
        model.put("shown", SHOWN);
        model.put("explain", new Findings(requests, user.may(Permission.VIEW_PATIENT)));
        model.put("breaches", breaches);
        return new ModelAndView<>("optimisation/explanation", model);
    }

    static String digits(String nhsNumber) {
        return nhsNumber.replaceAll("[^0-9]", "");
    }

    /** For the template: each finding's patients with the request to open, where the member may open it. */
    record Findings(Map<String, Long> requests, boolean mayOpenRequests) {
        public List<BrokenRule> rules(ScoreReport report, String kind) {
            return report.rules().stream()
                    .filter(rule -> rule.rule().kind().name().equals(kind))
                    .toList();
        }

        public String link(String nhsNumber) {
            Long request = requests.get(digits(nhsNumber));
            return request == null || !mayOpenRequests ? null : "/requests/" + request;
        }
    }
}
