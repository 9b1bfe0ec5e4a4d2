package org.imagingnetwork.console.access;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Lets a controller take the signed-in {@link StaffUser} as an argument. A session whose role or
 * organisation no longer means anything here (a network changed under it) binds to nobody.
 */
@Singleton
final class StaffUserBinder implements TypedRequestArgumentBinder<StaffUser> {

    private final SignedInStaff staff;

    StaffUserBinder(SignedInStaff staff) {
        this.staff = staff;
    }

    @Override
    public Argument<StaffUser> argumentType() {
        return Argument.of(StaffUser.class);
    }

    @Override
    public BindingResult<StaffUser> bind(ArgumentConversionContext<StaffUser> context, HttpRequest<?> request) {
        Optional<StaffUser> user =
                request.getUserPrincipal(Authentication.class).flatMap(staff::of);
        return user.isPresent() ? () -> user : BindingResult.unsatisfied();
    }
}
