package org.imagingnetwork.portal.choice;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import org.imagingnetwork.portal.web.SignedInPatient;

/** A referral that cannot be booked right now sends the patient back to its page, which says why. */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SignedInPatient.ROLE)
final class NotBookablePage {

    @Error(global = true, exception = ChoiceAccess.NotBookable.class)
    HttpResponse<?> notBookable(ChoiceAccess.NotBookable e) {
        return HttpResponse.seeOther(URI.create("/referrals/" + e.request().value()));
    }
}
