package org.imagingnetwork.testsupport.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for the web apps' security and race tests: keeps its own cookies
 * (including Secure ones over http://localhost, as browsers do), does not follow redirects, and
 * reads the CSRF token ({@code csrfToken} field) from the last page.
 */
public class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> setCookieHeaders = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String lastCsrf;

    public WebClient(String base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .GET());
    }

    /** A request to another server (the NHS login stand-in): this client's portal cookies stay home. */
    public HttpResponse<String> getElsewhere(String url) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts the form with the CSRF token of the last page this client fetched. */
    public HttpResponse<String> submit(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        if (lastCsrf != null) {
            withToken.put("csrfToken", lastCsrf);
        }
        return post(path, withToken);
    }

    /** Follows a redirect response to its target. */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        return get(redirect.headers().firstValue("Location").orElseThrow());
    }

    /** Sets a cookie as if a server had set it, to present a session made outside a sign-in. */
    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** Sends this header with every request from now on, as a proxy in front of the app would add it. */
    public void setHeader(String name, String value) {
        headers.put(name, value);
    }

    public String csrfToken() {
        return lastCsrf;
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    /** The raw Set-Cookie header that last set this cookie, to check its attributes. */
    public String setCookieHeader(String name) {
        return setCookieHeaders.get(name);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        headers.forEach(builder::header);
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            List<String> setCookies = response.headers().allValues("Set-Cookie");
            for (String header : setCookies) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                setCookieHeaders.put(name, header);
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                lastCsrf = m.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
