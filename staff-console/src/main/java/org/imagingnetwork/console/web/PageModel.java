package org.imagingnetwork.console.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.console.access.SignedInStaff;
import org.imagingnetwork.console.access.StaffUser;

/**
 * What every page's layout needs besides its own model: who is signed in (their name, role,
 * organisation and what they may open, for the header and navigation), the form token for its
 * forms, and the current path.
 */
@Singleton
final class PageModel implements ViewModelProcessor<Map<String, Object>> {

    private final SignedInStaff staff;

    PageModel(SignedInStaff staff) {
        this.staff = staff;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElseGet(Map::of));
        Optional<StaffUser> user =
                request.getUserPrincipal(Authentication.class).flatMap(staff::of);
        user.ifPresent(u -> {
            model.putIfAbsent("user", u);
            model.put(FormToken.FIELD, u.formToken());
            model.put("navigation", Navigation.of(u, request.getPath()));
        });
        model.putIfAbsent("currentPath", request.getPath());
        model.put("show", Show.INSTANCE);
        model.putIfAbsent("signedIn", user.isPresent());
        modelAndView.setModel(model);
    }
}
