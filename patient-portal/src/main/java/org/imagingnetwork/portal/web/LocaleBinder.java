package org.imagingnetwork.portal.web;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Lets a controller take the page's {@link PageLanguage} as a parameter. */
@Singleton
final class LocaleBinder implements TypedRequestArgumentBinder<PageLanguage> {

    private final HttpLocaleResolver resolver;

    LocaleBinder(HttpLocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Argument<PageLanguage> argumentType() {
        return Argument.of(PageLanguage.class);
    }

    @Override
    public BindingResult<PageLanguage> bind(ArgumentConversionContext<PageLanguage> context, HttpRequest<?> source) {
        PageLanguage language = new PageLanguage(resolver.resolveOrDefault(source));
        return () -> Optional.of(language);
    }
}
