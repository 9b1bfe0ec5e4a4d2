package org.imagingnetwork.console.access;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The organisation whose staff work for the whole network (the region's code in CIS2), and the
 * network's name as they see it.
 */
@ConfigurationProperties("console.network")
public record NetworkOrganisation(
        @NotBlank @Pattern(regexp = "[A-Z0-9]{3,5}") String odsCode,
        @NotBlank String name) {}
