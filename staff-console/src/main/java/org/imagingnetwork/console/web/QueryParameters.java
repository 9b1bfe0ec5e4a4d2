package org.imagingnetwork.console.web;

import io.micronaut.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** A page's query parameters, the first value of each, for filters that read several at once. */
public final class QueryParameters {

    private QueryParameters() {}

    public static Map<String, String> of(HttpRequest<?> request) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameters().forEach((name, all) -> {
            if (!all.isEmpty()) {
                values.put(name, all.get(0));
            }
        });
        return values;
    }
}
