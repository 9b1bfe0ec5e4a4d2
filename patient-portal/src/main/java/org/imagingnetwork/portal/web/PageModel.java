package org.imagingnetwork.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/**
 * What every page's layout needs besides its own model: the CSRF token for its forms, the current
 * path for the language switch, and whether someone is signed in.
 */
@Singleton
final class PageModel implements ViewModelProcessor<Map<String, Object>> {

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElseGet(Map::of));
        CsrfFilter.tokenFor(request).ifPresent(token -> model.put(CsrfFilter.FIELD, token));
        model.putIfAbsent("currentPath", request.getPath());
        model.putIfAbsent("signedIn", request.getUserPrincipal().isPresent());
        modelAndView.setModel(model);
    }
}
