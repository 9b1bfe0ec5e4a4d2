package org.imagingnetwork.operations;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * Thymeleaf pages rendered whole before anything is sent, in the portal and the console. Micronaut's
 * renderer hands back a page that renders while it is written to the connection, after the status
 * and headers have gone: a template that fails then (a value it cannot read) leaves the browser
 * waiting for a response that never ends. Rendered here first, the failure is an exception like any
 * other, which the app's error handler answers with its error page and a 500. It is cheaper too: the
 * page is encoded in one write instead of Thymeleaf's many small ones through an unbuffered writer
 * (13% of a portal's CPU under load, docs/benchmarks-history.md). Pages are small, so holding one in
 * memory costs nothing that matters.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
final class WholePages<T> extends ThymeleafViewsRenderer<T> {

    WholePages(
            AbstractConfigurableTemplateResolver templateResolver,
            TemplateEngine templateEngine,
            ClassPathResourceLoader resourceLoader,
            HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, templateEngine, resourceLoader, httpLocaleResolver);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        StringWriter page = new StringWriter();
        try {
            super.render(viewName, data, request).writeTo(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String whole = page.toString();
        return out -> out.write(whole);
    }
}
