package org.imagingnetwork.console.vetting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.audit.StaffAudit;
import org.imagingnetwork.console.web.FormToken;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.console.web.ReferrerNotice;
import org.imagingnetwork.core.outbox.RejectionNotices;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestCommand;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestOutcome;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.validation.FieldError;

/**
 * The vetting queue: referrals waiting to be vetted in the radiologist's trusts, one referral's
 * page to justify (protocol, eGFR, weight) or reject it, and justifying several routine ones with
 * one protocol. After a justification the page says which rule made the request appointable, or
 * what it still needs.
 */
@Controller("/vetting")
@Secured("VET")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
final class VettingController {

    private static final String WHY = "Vetting the referral";

    private final VettingQueries queries;
    private final VettingDecisions decisions;
    private final Appointability appointability;
    private final StaffAudit audit;
    private final RejectionNotices rejections;

    VettingController(
            VettingQueries queries,
            VettingDecisions decisions,
            Appointability appointability,
            StaffAudit audit,
            RejectionNotices rejections) {
        this.queries = queries;
        this.decisions = decisions;
        this.appointability = appointability;
        this.audit = audit;
        this.rejections = rejections;
    }

    @Get
    HttpResponse<?> queue(
            StaffUser user,
            @Nullable @QueryValue String page,
            @Nullable @QueryValue String routine,
            @Nullable @QueryValue String bulk) {
        return HttpResponse.ok(
                queuePage(user, pageNumber(page), "true".equals(routine), "", List.of(), BulkResult.parse(bulk)));
    }

    @Get("/{id}")
    HttpResponse<?> referral(StaffUser user, @PathVariable String id) {
        Referral referral = inScope(user, id);
        return HttpResponse.ok(referralPage(user, referral, JustifyForm.empty(), "", List.of()));
    }

    @Post(value = "/{id}/justify", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> justify(StaffUser user, @PathVariable String id, @Body @Nullable Map<String, String> form) {
        Map<String, String> fields = form == null ? Map.of() : form;
        FormToken.check(user, fields.get(FormToken.FIELD));
        Referral referral = inScope(user, id);
        JustifyForm typed = JustifyForm.of(fields);
        JustifyForm.Read read =
                typed.read(new RequestId(referral.requestId()), user.actor().name());
        if (read.command().isEmpty()) {
            return refused(user, referral, typed, "", read.errors());
        }
        RequestOutcome outcome = decisions.justify(user, read.command().get(), WHY);
        return afterDecision(user, referral, outcome, typed, "", "protocol");
    }

    @Post(value = "/{id}/reject", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reject(StaffUser user, @PathVariable String id, @Body @Nullable Map<String, String> form) {
        Map<String, String> fields = form == null ? Map.of() : form;
        FormToken.check(user, fields.get(FormToken.FIELD));
        Referral referral = inScope(user, id);
        String reason = fields.getOrDefault("reason", "");
        RequestOutcome outcome = decisions.reject(
                user,
                new RequestCommand.Reject(
                        new RequestId(referral.requestId()),
                        reason,
                        user.actor().name()));
        return afterDecision(user, referral, outcome, JustifyForm.empty(), reason, "reason");
    }

    @Post(value = "/bulk", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> bulk(StaffUser user, @Body @Nullable Map<String, String> form) {
        Map<String, String> fields = form == null ? Map.of() : form;
        FormToken.check(user, fields.get(FormToken.FIELD));
        String protocol = fields.getOrDefault("protocol", "");
        List<String> chosen = fields.keySet().stream()
                .filter(k -> k.startsWith(BulkJustification.SELECT))
                .map(k -> k.substring(BulkJustification.SELECT.length()))
                .sorted()
                .toList();
        List<FieldError> errors = new ArrayList<>();
        if (chosen.isEmpty()) {
            errors.add(new FieldError("requests", "Choose the referrals to justify"));
        }
        if (protocol.isBlank()) {
            errors.add(new FieldError("protocol", "Enter the protocol for the chosen referrals"));
        } else if (protocol.strip().length() > 200) {
            errors.add(new FieldError("protocol", "Enter a protocol of up to 200 characters"));
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(queuePage(user, 1, "true".equals(fields.get("routine")), protocol, errors, Optional.empty()));
        }
        BulkResult result = new BulkJustification(queries, decisions).justify(user, chosen, protocol, WHY);
        String view = "true".equals(fields.get("routine")) ? "routine=true&" : "";
        return HttpResponse.seeOther(URI.create("/vetting?" + view + "bulk=" + result.asQuery()));
    }

    private HttpResponse<?> afterDecision(
            StaffUser user, Referral referral, RequestOutcome outcome, JustifyForm typed, String reason, String field) {
        if (outcome instanceof RequestOutcome.Changed) {
            return HttpResponse.seeOther(URI.create("/vetting/" + referral.requestId()));
        }
        if (outcome instanceof RequestOutcome.Invalid invalid) {
            return refused(user, referral, typed, reason, invalid.errors());
        }
        if (outcome instanceof RequestOutcome.IllegalMove move) {
            return refused(
                    user,
                    referral,
                    typed,
                    reason,
                    List.of(new FieldError(
                            field,
                            "This referral is no longer waiting to be vetted: it is "
                                    + move.from().name().toLowerCase().replace('_', ' ') + " now")));
        }
        if (outcome instanceof RequestOutcome.Closed) {
            return refused(
                    user,
                    referral,
                    typed,
                    reason,
                    List.of(new FieldError(field, "This referral is closed and can no longer change")));
        }
        throw new PageNotFound();
    }

    private HttpResponse<?> refused(
            StaffUser user, Referral referral, JustifyForm typed, String reason, List<FieldError> errors) {
        Referral now = queries.referral(referral.requestId()).orElseThrow(PageNotFound::new);
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(referralPage(user, now, typed, reason, errors));
    }

    private Referral inScope(StaffUser user, String id) {
        if (!id.matches("[0-9]{1,18}")) {
            throw new PageNotFound();
        }
        return queries.referral(Long.parseLong(id))
                .filter(r -> user.scope().covers(r.referringTrust()))
                .orElseThrow(PageNotFound::new);
    }

    private ModelAndView<Map<String, Object>> referralPage(
            StaffUser user, Referral referral, JustifyForm typed, String reason, List<FieldError> errors) {
        audit.patientShown(
                user,
                new PatientId(referral.patientId()),
                "Referral " + referral.requestId() + " on the vetting page",
                WHY);
        List<HistoryRow> history = queries.history(referral.requestId());
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Vet referral " + referral.requestId());
        model.put("referral", referral);
        model.put("history", history);
        model.put(
                "referrer",
                rejections
                        .of(new RequestId(referral.requestId()))
                        .map(ReferrerNotice::of)
                        .orElse(null));
        model.put("standing", appointability.of(referral.requestId(), history));
        model.put("vetted", referral.state().equals(RequestState.VETTED.name()));
        model.put("protocols", queries.protocolsUsedFor(referral.examCode()));
        model.put("form", typed);
        model.put("reason", reason);
        model.put("errors", errors);
        model.put("errorFields", errors.stream().map(FieldError::field).toList());
        return new ModelAndView<>("vetting/referral", model);
    }

    private ModelAndView<Map<String, Object>> queuePage(
            StaffUser user,
            int page,
            boolean routineOnly,
            String protocol,
            List<FieldError> errors,
            Optional<BulkResult> bulk) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Vetting");
        model.put("queue", queries.queue(user.scope(), page, routineOnly));
        model.put("protocol", protocol);
        model.put("errors", errors);
        model.put("errorFields", errors.stream().map(FieldError::field).toList());
        model.put("bulk", bulk.orElse(null));
        return new ModelAndView<>("vetting/queue", model);
    }

    private static int pageNumber(String page) {
        if (page == null || !page.matches("[0-9]{1,5}") || Integer.parseInt(page) < 1) {
            return 1;
        }
        return Integer.parseInt(page);
    }
}
