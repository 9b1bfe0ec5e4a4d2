package org.imagingnetwork.fhir.relay;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One HAPI client per RIS base URL, over one pooled HTTP connection manager. */
final class RisClients {

    private final FhirContext context;
    private final Map<URI, IGenericClient> clients = new ConcurrentHashMap<>();

    RisClients(FhirContext context, RelaySettings settings) {
        this.context = context;
        IRestfulClientFactory factory = context.getRestfulClientFactory();
        // Our RIS partners are known servers: skip fetching their CapabilityStatement before each first call.
        factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
        factory.setConnectTimeout((int) settings.connectTimeout().toMillis());
        factory.setSocketTimeout((int) settings.readTimeout().toMillis());
        factory.setConnectionRequestTimeout((int) settings.connectTimeout().toMillis());
        factory.setPoolMaxTotal(Math.max(20, settings.workers() * 4));
        factory.setPoolMaxPerRoute(Math.max(10, settings.workers() * 2));
    }

    IGenericClient forBase(URI baseUrl) {
        return clients.computeIfAbsent(baseUrl, url -> {
            IGenericClient client = context.newRestfulGenericClient(url.toString());
            client.setEncoding(EncodingEnum.JSON);
            return client;
        });
    }

    FhirContext context() {
        return context;
    }
}
