package org.imagingnetwork.console.rules;

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
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.console.web.FormToken;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.rules.AppointabilityRule;
import org.imagingnetwork.core.rules.NewRule;
import org.imagingnetwork.core.rules.RuleOutcome;
import org.imagingnetwork.core.rules.RuleService;
import org.imagingnetwork.core.validation.FieldError;

/**
 * The appointability rules of the trusts in scope: listed, switched on and off, and new ones set
 * up in a form that first previews which vetted requests the rule would move, then saves it only
 * if that list has not changed meanwhile.
 */
@Controller("/rules")
@Secured("EDIT_RULES")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
final class RulesController {

    private final RuleBookView book;
    private final RulePreview preview;
    private final RuleService service;
    private final NetworkReference network;

    RulesController(RuleBookView book, RulePreview preview, RuleService service, NetworkReference network) {
        this.book = book;
        this.preview = preview;
        this.service = service;
        this.network = network;
    }

    @Get
    HttpResponse<?> list(
            StaffUser user,
            @Nullable @QueryValue String saved,
            @Nullable @QueryValue String switched,
            @Nullable @QueryValue String moved) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Appointability rules");
        model.put("rules", book.visibleTo(user.scope(), network.trustNames()));
        model.put("mayAdd", true);
        Optional<AppointabilityRule> changed = Optional.ofNullable(saved != null ? saved : switched)
                .flatMap(id -> book.changeableBy(user.scope(), id));
        model.put("changed", changed.orElse(null));
        model.put("changeKind", saved != null ? "saved" : "switched");
        model.put("moved", moved != null && moved.matches("[0-9]{1,9}") ? Integer.parseInt(moved) : 0);
        return HttpResponse.ok(new ModelAndView<>("rules/list", model));
    }

    @Get("/new")
    HttpResponse<?> blank(StaffUser user) {
        List<org.imagingnetwork.core.network.Trust> trusts = network.trustsIn(user.scope());
        String first = user.scope().level() == Scope.Level.NETWORK
                ? RuleForm.NETWORK
                : trusts.get(0).odsCode().value();
        return HttpResponse.ok(formPage(user, RuleForm.blank(first), List.of(), null, ""));
    }

    @Post(value = "/preview", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> preview(StaffUser user, @Body @Nullable Map<String, String> body) {
        Map<String, String> fields = body == null ? Map.of() : body;
        FormToken.check(user, fields.get(FormToken.FIELD));
        RuleForm form = RuleForm.of(fields);
        Checked checked = check(user, form);
        if (checked.proposal().isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(formPage(user, form, checked.errors(), null, ""));
        }
        List<PreviewedMove> moves = preview.of(checked.proposal().get());
        return HttpResponse.ok(formPage(user, form, List.of(), moves, RulePreview.fingerprint(moves)));
    }

    @Post(value = "/save", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(StaffUser user, @Body @Nullable Map<String, String> body) {
        Map<String, String> fields = body == null ? Map.of() : body;
        FormToken.check(user, fields.get(FormToken.FIELD));
        RuleForm form = RuleForm.of(fields);
        Checked checked = check(user, form);
        if (checked.proposal().isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(formPage(user, form, checked.errors(), null, ""));
        }
        RuleForm.Proposal proposal = checked.proposal().get();
        List<PreviewedMove> moves = preview.of(proposal);
        String now = RulePreview.fingerprint(moves);
        if (!now.equals(fields.getOrDefault("previewed", ""))) {
            List<FieldError> errors = List.of(new FieldError(
                    "preview",
                    "Since your preview, the requests this rule would move have changed: it would now move "
                            + moves.size() + ". Check them and save again."));
            return HttpResponse.status(HttpStatus.CONFLICT).body(formPage(user, form, errors, moves, now));
        }
        RuleOutcome outcome = service.create(
                new NewRule(proposal.trust(), proposal.name(), proposal.conditions(), null), user.staffActor());
        if (outcome instanceof RuleOutcome.Saved done) {
            return HttpResponse.seeOther(
                    URI.create("/rules?saved=" + done.rule().id() + "&moved=" + done.madeAppointable()));
        }
        List<FieldError> errors = outcome instanceof RuleOutcome.Invalid invalid
                ? invalid.errors()
                : List.of(new FieldError("name", "The rule could not be saved"));
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(formPage(user, form, errors, null, ""));
    }

    @Post(value = "/{id}/enable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enable(StaffUser user, @PathVariable String id, @Body @Nullable Map<String, String> body) {
        return switchRule(user, id, body, true);
    }

    @Post(value = "/{id}/disable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> disable(StaffUser user, @PathVariable String id, @Body @Nullable Map<String, String> body) {
        return switchRule(user, id, body, false);
    }

    private HttpResponse<?> switchRule(StaffUser user, String id, Map<String, String> body, boolean enabled) {
        FormToken.check(user, body == null ? null : body.get(FormToken.FIELD));
        AppointabilityRule rule = book.changeableBy(user.scope(), id).orElseThrow(PageNotFound::new);
        RuleOutcome outcome = service.setEnabled(rule.id(), enabled, user.staffActor());
        int moved = outcome instanceof RuleOutcome.Saved done ? done.madeAppointable() : 0;
        return HttpResponse.seeOther(URI.create("/rules?switched=" + rule.id() + "&moved=" + moved));
    }

    private record Checked(Optional<RuleForm.Proposal> proposal, List<FieldError> errors) {}

    /**
     * Reads the form, and checks where the rule would go: a trust outside the staff member's scope,
     * or network-wide for someone who is not network staff, is "not found", as a changed id is.
     */
    private Checked check(StaffUser user, RuleForm form) {
        if (form.networkWide()
                ? user.scope().level() != Scope.Level.NETWORK
                : !user.scope().covers(form.trust())) {
            if (form.trust().isBlank()) {
                return new Checked(Optional.empty(), List.of(new FieldError("trust", "Choose where the rule applies")));
            }
            throw new PageNotFound();
        }
        RuleForm.Read read = form.read();
        List<FieldError> errors = new ArrayList<>(read.errors());
        read.proposal()
                .filter(p -> book.nameTaken(p.trust(), p.name()))
                .ifPresent(p -> errors.add(new FieldError(
                        "name", "A rule called '" + p.name() + "' already exists there: choose another name")));
        return errors.isEmpty() ? new Checked(read.proposal(), List.of()) : new Checked(Optional.empty(), errors);
    }

    private ModelAndView<Map<String, Object>> formPage(
            StaffUser user, RuleForm form, List<FieldError> errors, List<PreviewedMove> moves, String fingerprint) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "New appointability rule");
        model.put("form", form);
        model.put("trusts", network.trustsIn(user.scope()));
        model.put("network", user.scope().level() == Scope.Level.NETWORK);
        model.put("errors", errors);
        model.put("errorFields", errors.stream().map(FieldError::field).toList());
        model.put("moves", moves);
        model.put("previewed", fingerprint);
        return new ModelAndView<>("rules/form", model);
    }
}
