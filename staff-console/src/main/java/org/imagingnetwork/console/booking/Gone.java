package org.imagingnetwork.console.booking;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.validation.FieldError;

/**
 * What the clerk sees when a change cannot go ahead and nothing was changed: the time has just gone
 * (someone booked or is holding it), or another reason in words, with the way back to the search.
 */
final class Gone {

    private Gone() {}

    /** "That time has just gone": someone else booked it or is holding it. */
    static HttpResponse<?> page(Bookable.Subject subject) {
        return problem(subject, "That time has just gone", List.of());
    }

    /** The change was refused for these reasons, each naming its field. */
    static HttpResponse<?> problem(Bookable.Subject subject, String heading, List<FieldError> errors) {
        Map<String, Object> model = Bookable.model(subject);
        model.put("heading", heading);
        model.put("errors", errors);
        return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("booking/gone", model));
    }
}
