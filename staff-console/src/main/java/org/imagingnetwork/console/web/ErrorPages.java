package org.imagingnetwork.console.web;

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
import io.micronaut.views.ViewsRenderer;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.imagingnetwork.core.validation.InvalidFieldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures become pages: plain words and, for the unexpected, a reference to quote
 * to the service desk. Never an exception's text, never patient data in the log. Something outside
 * the user's permissions answers exactly as something that does not exist.
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

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        return page(request, HttpStatus.NOT_FOUND, "notFound", null);
    }

    @Error(global = true, status = HttpStatus.METHOD_NOT_ALLOWED)
    HttpResponse<?> methodNotAllowed(HttpRequest<?> request) {
        return page(request, HttpStatus.NOT_FOUND, "notFound", null);
    }

    @Error(global = true, status = HttpStatus.UNSUPPORTED_MEDIA_TYPE)
    HttpResponse<?> unsupportedMediaType(HttpRequest<?> request) {
        return page(request, HttpStatus.BAD_REQUEST, "badRequest", null);
    }

    @Error(global = true, exception = PageNotFound.class)
    HttpResponse<?> pageNotFound(HttpRequest<?> request) {
        return page(request, HttpStatus.NOT_FOUND, "notFound", null);
    }

    @Error(global = true, exception = FormRefused.class)
    HttpResponse<?> formRefused(HttpRequest<?> request) {
        return page(request, HttpStatus.FORBIDDEN, "formRefused", null);
    }

    @Error(global = true, exception = ConversionErrorException.class)
    HttpResponse<?> conversion(HttpRequest<?> request, ConversionErrorException e) {
        refused(request, e);
        return page(
                request, HttpStatus.BAD_REQUEST, "badRequest", e.getArgument().getName());
    }

    @Error(global = true, exception = UnsatisfiedRouteException.class)
    HttpResponse<?> unsatisfied(HttpRequest<?> request, UnsatisfiedRouteException e) {
        refused(request, e);
        return page(
                request, HttpStatus.BAD_REQUEST, "badRequest", e.getArgument().getName());
    }

    @Error(global = true, exception = InvalidFieldException.class)
    HttpResponse<?> invalidField(HttpRequest<?> request, InvalidFieldException e) {
        refused(request, e);
        return page(request, HttpStatus.BAD_REQUEST, "badRequest", e.error().field());
    }

    @Error(global = true, exception = ConstraintViolationException.class)
    HttpResponse<?> constraint(HttpRequest<?> request, ConstraintViolationException e) {
        refused(request, e);
        return page(request, HttpStatus.BAD_REQUEST, "badRequest", null);
    }

    @Error(global = true, exception = HttpStatusException.class)
    HttpResponse<?> status(HttpRequest<?> request, HttpStatusException e) {
        return e.getStatus().getCode() < 500
                ? page(request, HttpStatus.BAD_REQUEST, "badRequest", null)
                : unexpected(request, e);
    }

    @Error(global = true, exception = AuthorizationException.class)
    HttpResponse<?> authorization(HttpRequest<?> request, AuthorizationException e) {
        // Not signed in, or the session ended: sign in again. Signed in without the permission:
        // the same page as for something that does not exist, so nothing is revealed.
        return e.isForbidden()
                ? page(request, HttpStatus.NOT_FOUND, "notFound", null)
                : HttpResponse.seeOther(URI.create("/sign-in"));
    }

    @Error(global = true, exception = Throwable.class)
    HttpResponse<?> unexpected(HttpRequest<?> request, Throwable e) {
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LOG.error("Unexpected failure, reference {}", reference, e);
        Map<String, Object> model = new HashMap<>();
        model.put("reference", reference);
        return render(request, HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", model);
    }

    private static void refused(HttpRequest<?> request, Exception e) {
        // Which route refused what kind of input; never the input itself.
        LOG.info(
                "Refused {} {}: {}",
                request.getMethod(),
                request.getPath(),
                e.getClass().getSimpleName());
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String kind, String field) {
        Map<String, Object> model = new HashMap<>();
        if (field != null) {
            model.put("field", field);
        }
        return render(request, status, kind, model);
    }

    private HttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String kind, Map<String, Object> model) {
        model.put("kind", kind);
        model.putIfAbsent("currentPath", "/");
        model.putIfAbsent("signedIn", false);
        model.put("show", Show.INSTANCE);
        return HttpResponse.status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(views.render("error", model, request));
    }
}
