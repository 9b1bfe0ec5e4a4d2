package org.imagingnetwork.optimizer.run;

import java.time.LocalDate;

/**
 * A manager's request for a run, as typed into a form: codes and dates unchecked. {@link RunService}
 * validates it and answers with the fields that are wrong, or starts the run.
 *
 * @param scopeLevel NETWORK, ICS or TRUST
 * @param scopeCode the ICS or trust code; blank for the network
 * @param modality a modality code such as MR, or blank for all
 */
public record RunRequest(
        String kind,
        String scopeLevel,
        String scopeCode,
        String modality,
        LocalDate firstDay,
        LocalDate lastDay,
        Integer secondsLimit,
        boolean splitByIcs,
        String requestedBy) {}
