package org.imagingnetwork.core.network;

import java.net.URI;
import java.util.Objects;

/** An NHS trust in the network, and where its RIS takes FHIR writes. */
public record Trust(OdsCode odsCode, String name, String icsCode, URI risFhirBaseUrl) {
    public Trust {
        Objects.requireNonNull(odsCode, "odsCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(icsCode, "icsCode");
        Objects.requireNonNull(risFhirBaseUrl, "risFhirBaseUrl");
    }
}
