package org.imagingnetwork.portal.web;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;

/** Lets a controller take the page's {@link Locale} (English or Welsh, from the language cookie) as a parameter. */
@Singleton
final class LocaleBinder implements TypedRequestArgumentBinder<Locale> {

    private final HttpLocaleResolver resolver;

    LocaleBinder(HttpLocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Argument<Locale> argumentType() {
        return Argument.of(Locale.class);
    }

    @Override
    public BindingResult<Locale> bind(ArgumentConversionContext<Locale> context, HttpRequest<?> source) {
        Locale locale = resolver.resolveOrDefault(source);
        return () -> Optional.of(locale);
    }
}
