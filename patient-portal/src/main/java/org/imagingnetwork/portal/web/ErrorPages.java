package org.imagingnetwork.portal.web;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures become pages: plain NHS-style words and, for the unexpected, a reference
 * the patient can quote. Never an exception's text, never patient data in the log.
 */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;

    ErrorPages(ViewsRenderer<Map<String, Object>, HttpRequest<?>> views) {
        this.views = views;
    }

    // No route matched (an unknown address, a wrong method or content type). The views filter does
    // not run for these, so the page is rendered here.
    @Error(global = true, status = HttpStatus.NOT_FOUND)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        return rendered(request, HttpStatus.NOT_FOUND, "notFound");
    }

    @Error(global = true, status = HttpStatus.METHOD_NOT_ALLOWED)
    HttpResponse<?> methodNotAllowed(HttpRequest<?> request) {
        return rendered(request, HttpStatus.NOT_FOUND, "notFound");
    }

    @Error(global = true, status = HttpStatus.UNSUPPORTED_MEDIA_TYPE)
    HttpResponse<?> unsupportedMediaType(HttpRequest<?> request) {
        return rendered(request, HttpStatus.BAD_REQUEST, "badRequest");
    }

    @Error(global = true, exception = PageNotFound.class)
    HttpResponse<ModelAndView<Map<String, Object>>> pageNotFound() {
        return page(HttpStatus.NOT_FOUND, "notFound");
    }

    @Error(global = true, exception = CsrfRejected.class)
    HttpResponse<ModelAndView<Map<String, Object>>> csrf() {
        return page(HttpStatus.FORBIDDEN, "csrf");
    }

    @Error(global = true, exception = ConversionErrorException.class)
    HttpResponse<ModelAndView<Map<String, Object>>> conversion(HttpRequest<?> request, ConversionErrorException e) {
        refused(request, e);
        return page(HttpStatus.BAD_REQUEST, "badRequest");
    }

    @Error(global = true, exception = UnsatisfiedRouteException.class)
    HttpResponse<ModelAndView<Map<String, Object>>> unsatisfied(HttpRequest<?> request, UnsatisfiedRouteException e) {
        refused(request, e);
        return page(HttpStatus.BAD_REQUEST, "badRequest");
    }

    @Error(global = true, exception = ConstraintViolationException.class)
    HttpResponse<ModelAndView<Map<String, Object>>> constraint(HttpRequest<?> request, ConstraintViolationException e) {
        refused(request, e);
        return page(HttpStatus.BAD_REQUEST, "badRequest");
    }

    @Error(global = true, exception = HttpStatusException.class)
    HttpResponse<?> status(HttpRequest<?> request, HttpStatusException e) {
        return e.getStatus().getCode() < 500 ? page(HttpStatus.BAD_REQUEST, "badRequest") : unexpected(request, e);
    }

    @Error(global = true, exception = CompletionException.class)
    HttpResponse<?> completion(HttpRequest<?> request, CompletionException e) {
        return unexpected(request, e);
    }

    @Error(global = true, exception = AuthorizationException.class)
    HttpResponse<?> authorization(HttpRequest<?> request, AuthorizationException e) {
        // Not signed in (or the session expired): sign in again. Signed in but not allowed (which
        // includes an address no route serves): the same page as a missing one, so nothing is revealed.
        return e.isForbidden()
                ? rendered(request, HttpStatus.NOT_FOUND, "notFound")
                : HttpResponse.seeOther(URI.create("/sign-in"));
    }

    @Error(global = true, exception = Throwable.class)
    HttpResponse<?> throwable(HttpRequest<?> request, Throwable e) {
        return unexpected(request, e);
    }

    private static void refused(HttpRequest<?> request, Exception e) {
        // Which route refused what kind of input, for whoever looks at the log; never the input itself.
        LOG.info(
                "Refused {} {}: {}",
                request.getMethod(),
                request.getPath(),
                e.getClass().getSimpleName());
        LOG.debug("Refused because", e);
    }

    // Rendered here rather than handed to the views filter: the failure may have been the rendering
    // of a page, after which the filter does not run again for this response.
    private HttpResponse<?> unexpected(HttpRequest<?> request, Throwable e) {
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        // The class and stack go to the log under the reference; the patient sees only the reference.
        LOG.error("Unexpected failure, reference {}", reference, e);
        return rendered(request, HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", Map.of("reference", reference));
    }

    private HttpResponse<?> rendered(HttpRequest<?> request, HttpStatus status, String kind) {
        return rendered(request, status, kind, Map.of());
    }

    private HttpResponse<?> rendered(HttpRequest<?> request, HttpStatus status, String kind, Map<String, Object> more) {
        Map<String, Object> model = new HashMap<>(more);
        model.put("kind", kind);
        model.put("currentPath", "/");
        model.put("signedIn", false);
        return HttpResponse.status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(views.render("error", model, request));
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> page(HttpStatus status, String kind) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .body(new ModelAndView<>("error", Map.of("kind", kind)));
    }
}
