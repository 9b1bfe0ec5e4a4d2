package org.imagingnetwork.portal.support;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * A page that fails as a bug would, so the browser tests can check what a patient sees then (the
 * one error handler's "problem with the service" page). Only in the test environment: the demo and
 * the real app never have it.
 */
@Requires(env = Environment.TEST)
@Controller("/test-only/failure")
@Secured(SecurityRule.IS_ANONYMOUS)
final class FailingPage {

    @Get
    @Produces(MediaType.TEXT_HTML)
    String fail() {
        throw new IllegalStateException("a failure the patient must not see");
    }
}
