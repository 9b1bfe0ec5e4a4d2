package org.imagingnetwork.fhir.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A booking channel calling {@code /fhir/booking} over real HTTP with its bearer token. */
public record ChannelClient(URI base, String token) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String body) throws Exception {
        return send(
                request(path).header("Content-Type", "application/fhir+json").POST(body(body)));
    }

    /** A PUT, with If-Match when an ETag is given. */
    public HttpResponse<String> put(String path, String body, Optional<String> ifMatch) throws Exception {
        HttpRequest.Builder request =
                request(path).header("Content-Type", "application/fhir+json").PUT(body(body));
        ifMatch.ifPresent(etag -> request.header("If-Match", etag));
        return send(request);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.BodyPublisher body(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
