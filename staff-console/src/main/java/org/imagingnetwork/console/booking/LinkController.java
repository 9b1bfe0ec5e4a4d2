package org.imagingnetwork.console.booking;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.console.access.NetworkOrganisation;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.web.FormToken;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.notify.Channel;
import org.imagingnetwork.core.notify.Reach;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientRepository;
import org.imagingnetwork.core.signin.SignInLink;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Sending a patient a link to sign in to the portal, from their request's page: the ways that can
 * reach them (the one they asked for chosen), a word when a link went to them a moment ago, then the
 * text or email through Notify, or a letter to print. A letter's page can be opened again for an hour,
 * by the booking office of the request's trusts.
 */
@Controller("/requests/{id}/link")
@Secured("BOOK_ON_BEHALF")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
final class LinkController {

    /** How long a letter's page can be opened again after the link was made (to print it twice). */
    private static final Duration LETTER_REPRINTABLE = Duration.ofHours(1);

    private final RequestAccess access;
    private final PatientRepository patients;
    private final SignInLinks links;
    private final LinkSending sending;
    private final SignInLinkSettings settings;
    private final NetworkOrganisation network;
    private final Clock clock;

    LinkController(
            RequestAccess access,
            PatientRepository patients,
            SignInLinks links,
            LinkSending sending,
            SignInLinkSettings settings,
            NetworkOrganisation network,
            Clock clock) {
        this.access = access;
        this.patients = patients;
        this.links = links;
        this.sending = sending;
        this.settings = settings;
        this.network = network;
        this.clock = clock;
    }

    @Get
    ModelAndView<Map<String, Object>> form(StaffUser user, @PathVariable long id) {
        RequestRecord request = access.shown(user, id, "send a sign-in link");
        Patient patient = patient(request);
        LinkChoices choices = choices(patient);
        return form(request, choices, choices.preferred(), false, List.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> send(StaffUser user, @PathVariable long id, @Body @Nullable Map<String, String> form) {
        Map<String, String> submitted = form == null ? Map.of() : form;
        FormToken.check(user, submitted.get(FormToken.FIELD));
        RequestRecord request = access.find(user, id);
        Patient patient = patient(request);
        LinkChoices choices = choices(patient);
        String value = submitted.getOrDefault("channel", "");
        boolean again = "yes".equals(submitted.get("again"));
        Optional<Channel> channel = LinkChoices.channel(value);
        if (channel.isEmpty()) {
            return refused(
                    HttpStatus.BAD_REQUEST, request, choices, value, again, "channel", "Choose how to send the link");
        }
        Optional<String> whyNot = Reach.of(patient).whyNot(channel.get());
        if (whyNot.isPresent()) {
            return refused(
                    HttpStatus.BAD_REQUEST,
                    request,
                    choices,
                    value,
                    again,
                    "channel",
                    whyNot.get() + ": send a letter");
        }
        if (choices.lastLink().isPresent() && !again) {
            return refused(
                    HttpStatus.CONFLICT,
                    request,
                    choices,
                    value,
                    false,
                    "again",
                    "A link went to the patient " + ago(choices.lastLink().get()) + ": tick the box to send another");
        }
        LinkSending.Outcome outcome = sending.send(user, request, patient, channel.get());
        if (outcome instanceof LinkSending.Outcome.LetterReady letter) {
            return HttpResponse.seeOther(URI.create("/requests/" + id + "/link/letter/" + letter.link()));
        }
        Done done = outcome instanceof LinkSending.Outcome.Sent sent
                ? (sent.channel() == Channel.TEXT ? Done.TEXT_SENT : Done.EMAIL_SENT)
                : Done.NOT_SENT;
        return HttpResponse.seeOther(URI.create("/requests/" + id + done.query()));
    }

    @Get("/letter/{link}")
    ModelAndView<Map<String, Object>> letter(StaffUser user, @PathVariable long id, @PathVariable String link) {
        RequestRecord request = access.find(user, id);
        Instant now = clock.instant();
        SignInLink made = parse(link)
                .flatMap(links::find)
                .filter(l -> l.patient().equals(request.patient().id()))
                .filter(l -> l.createdAt().isAfter(now.minus(LETTER_REPRINTABLE)) && !l.expiredAt(now))
                .orElseThrow(PageNotFound::new);
        access.shown(user, id, "sign-in letter");
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Sign-in letter for " + request.patient().name());
        model.put("request", request);
        model.put("url", links.url(made.id()));
        model.put("madeOn", London.clinicDay(made.createdAt()));
        model.put("worksUntil", London.clinicDay(made.expiresAt()));
        model.put("network", network.name());
        return new ModelAndView<>("booking/letter", model);
    }

    private LinkChoices choices(Patient patient) {
        return LinkChoices.of(
                Reach.of(patient),
                links.latestFor(patient.id()).map(SignInLink::createdAt),
                clock.instant(),
                settings.resendPause());
    }

    private Patient patient(RequestRecord request) {
        return patients.find(request.patient().id()).orElseThrow(PageNotFound::new);
    }

    private HttpResponse<?> refused(
            HttpStatus status,
            RequestRecord request,
            LinkChoices choices,
            String chosen,
            boolean again,
            String field,
            String message) {
        return HttpResponse.status(status)
                .body(form(request, choices, chosen, again, List.of(new FieldError(field, message))));
    }

    private ModelAndView<Map<String, Object>> form(
            RequestRecord request, LinkChoices choices, String chosen, boolean again, List<FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("days", settings.lifetime().toDays());
        model.put("title", "Send a sign-in link to " + request.patient().name());
        model.put("request", request);
        model.put("choices", choices);
        model.put("chosen", chosen);
        model.put("again", again);
        model.put("lastLinkAgo", choices.lastLink().map(LinkController::ago).orElse(""));
        model.put("errors", errors);
        model.put("errorFields", errors.stream().map(FieldError::field).toList());
        return new ModelAndView<>("booking/link", model);
    }

    private static String ago(LinkChoices.Recent recent) {
        return recent.minutesAgo() < 1
                ? "less than a minute ago"
                : recent.minutesAgo() == 1 ? "1 minute ago" : recent.minutesAgo() + " minutes ago";
    }

    private static Optional<UUID> parse(String link) {
        try {
            return Optional.of(UUID.fromString(link));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
