package org.imagingnetwork.core.request;

import java.time.LocalDate;
import java.util.Optional;
import org.imagingnetwork.core.network.OdsCode;

/**
 * What makes a vetted request appointable, as a trust has configured it. The rules package provides
 * it from the rules staff keep as data; the request service asks it on every change that could
 * make a request appointable.
 */
public interface AppointabilityPolicy {

    /** The rules that apply to a trust's requests now, ready to assess them. */
    Assessor forTrust(OdsCode trust);

    @FunctionalInterface
    interface Assessor {
        /** The first rule whose conditions all hold for the request on this day, if any. */
        Optional<FiredRule> firstHolding(Request request, LocalDate today);
    }

    /** The rule that made a request appointable, for its event row. */
    record FiredRule(long id, String name) {}
}
