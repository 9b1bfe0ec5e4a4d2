package org.imagingnetwork.portal.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.signin.SignInLink;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.portal.web.ClientAddresses;
import org.imagingnetwork.portal.web.CsrfFilter;
import org.imagingnetwork.portal.web.FormErrors;
import org.imagingnetwork.portal.web.LocalPath;

/** Signing in from a text or letter: the link, then date of birth and postcode. */
@Produces(MediaType.TEXT_HTML)
@Controller("/l")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LinkController {

    private final SignInLinks links;
    private final AnswerCheck answerCheck;
    private final PatientLogin login;
    private final Clock clock;
    private final CsrfFilter csrf;
    private final ClientAddresses clientAddresses;

    LinkController(
            SignInLinks links,
            AnswerCheck answerCheck,
            PatientLogin login,
            Clock clock,
            CsrfFilter csrf,
            ClientAddresses clientAddresses) {
        this.csrf = csrf;
        this.clientAddresses = clientAddresses;
        this.links = links;
        this.answerCheck = answerCheck;
        this.login = login;
        this.clock = clock;
    }

    @Get("/{token}")
    HttpResponse<?> questions(@PathVariable String token, @QueryValue @Nullable String next) {
        Optional<SignInLink> link = usable(token);
        if (link.isEmpty()) {
            return expired();
        }
        if (link.get().locked()) {
            return locked();
        }
        return HttpResponse.ok(form(token, next, Answers.empty(), List.of(), Optional.empty()));
    }

    @Post(value = "/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(
            @PathVariable String token, @Body @Nullable Map<String, String> body, HttpRequest<?> request) {
        csrf.check(request, body);
        Optional<SignInLink> link = usable(token);
        if (link.isEmpty()) {
            return expired();
        }
        String next = body.get("next");
        Answers answers = Answers.from(body);
        List<FieldError> errors = answers.errors(LocalDate.now(clock.withZone(London.ZONE)));
        if (!errors.isEmpty()) {
            return HttpResponse.badRequest(form(token, next, answers, errors, Optional.empty()));
        }
        AnswerCheck.Outcome outcome = answerCheck.check(link.get(), answers, clientAddresses.of(request));
        if (outcome instanceof AnswerCheck.Outcome.Right right) {
            return login.signIn(
                    right.patient().id(), right.patient().language(), "link", request, Optional.ofNullable(next));
        }
        if (outcome instanceof AnswerCheck.Outcome.Wrong wrong) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(form(
                            token,
                            next,
                            answers,
                            List.of(new FieldError("answers", "signin.error.noMatch")),
                            Optional.of(wrong.attemptsLeft())));
        }
        if (outcome instanceof AnswerCheck.Outcome.TooFast tooFast) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .body(new ModelAndView<>(
                            "signin/too-many",
                            Map.of("minutes", Math.max(1, (tooFast.retryAfter().toSeconds() + 59) / 60))));
        }
        return locked();
    }

    private Optional<SignInLink> usable(String token) {
        return links.find(token).filter(link -> !link.expiredAt(clock.instant()));
    }

    private static ModelAndView<Map<String, Object>> form(
            String token,
            @Nullable String next,
            Answers answers,
            List<FieldError> errors,
            Optional<Integer> attemptsLeft) {
        Map<String, Object> model = new HashMap<>();
        model.put("token", token);
        model.put("next", next == null ? "" : LocalPath.orHome(next));
        model.put("answers", answers);
        // A date's errors, and answers that match nobody, link to the day: the first input of the date.
        FormErrors shown = FormErrors.of(errors).linking("dob", "dob-day").linking("answers", "dob-day");
        model.put(
                "errors",
                attemptsLeft
                        .map(left -> shown.noting("signin.attemptsLeft", left))
                        .orElse(shown));
        return new ModelAndView<>("signin/questions", model);
    }

    private static HttpResponse<?> expired() {
        return HttpResponse.status(HttpStatus.GONE).body(new ModelAndView<>("signin/expired", Map.of()));
    }

    private static HttpResponse<?> locked() {
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ModelAndView<>("signin/locked", Map.of()));
    }
}
