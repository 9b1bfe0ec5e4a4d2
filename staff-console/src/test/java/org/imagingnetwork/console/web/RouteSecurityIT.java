package org.imagingnetwork.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imagingnetwork.console.access.Permission;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.testsupport.web.SecurityHeaders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every route of the console, found through Micronaut's router rather than listed by hand, so a
 * route another feature adds later is covered without anyone remembering to: each has an explicit
 * {@code @Secured} rule naming a permission (or, for the few pages of any session, saying so); each
 * POST refuses a form without its token with 403 and writes nothing; and for each route that needs a
 * permission, every role without it gets "not found" and every role with it gets through. The role
 * tests are generated per route and role, each named for what it expects.
 */
class RouteSecurityIT {

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)[^}]*}");
    private static final Pattern QUERY_VARIABLES = Pattern.compile("\\{[?&][^}]*}");
    private static final Set<String> ANY_SESSION = Set.of(SecurityRule.IS_AUTHENTICATED, SecurityRule.IS_ANONYMOUS);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static ConsoleServer console;
    private static final Map<Role, StaffClient> SIGNED_IN = new EnumMap<>(Role.class);

    @BeforeAll
    static void start() {
        console = ConsoleServer.get();
    }

    @Test
    void everyRouteHasAnExplicitRuleNamingAPermissionOrAnySession() {
        List<UriRouteInfo<Object, Object>> routes = consoleRoutes();
        assertThat(routes)
                .extracting(r -> r.getUriMatchTemplate().toString())
                .contains("/worklist", "/ris-writes", "/audit", "/sign-out");
        for (UriRouteInfo<Object, Object> route : routes) {
            assertThat(route.getTargetMethod().hasAnnotation(Secured.class))
                    .as("%s has @Secured on the method or its controller", describe(route))
                    .isTrue();
            assertThat(rules(route))
                    .as("%s's rule names permissions or any session", describe(route))
                    .isNotEmpty()
                    .allSatisfy(rule -> assertThat(ANY_SESSION.contains(rule) || isPermission(rule))
                            .as("%s: %s", describe(route), rule)
                            .isTrue());
            assertThat(route.getHttpMethod().name())
                    .as("%s: pages and forms use GET and POST only", describe(route))
                    .isIn("GET", "POST");
        }
    }

    @Test
    void pagesAreNeitherFramedNorCachedAndAssetsMayBeCached() throws Exception {
        SecurityHeaders.assertOnPage(plainGet("/sign-in"));
        SecurityHeaders.assertOnAsset(plainGet("/assets/console.css"));
    }

    private static HttpResponse<String> plainGet(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(console.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @TestFactory
    Stream<DynamicTest> everyPostRefusesAFormWithoutItsTokenAndWritesNothing() {
        List<UriRouteInfo<Object, Object>> posts = consoleRoutes().stream()
                .filter(r -> r.getHttpMethod() == HttpMethod.POST)
                .toList();
        assertThat(posts).isNotEmpty();
        return posts.stream()
                .map(route -> DynamicTest.dynamicTest("POST " + route.getUriMatchTemplate(), () -> {
                    assertThat(rules(route))
                            .as("%s: a form is posted by a signed-in member of staff", describe(route))
                            .doesNotContain(SecurityRule.IS_ANONYMOUS);
                    Role role = Arrays.stream(Role.values())
                            .filter(r -> allows(route, r))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no role may " + describe(route)));
                    StaffClient client = signedIn(role);
                    String path = expand(route);
                    Map<String, String> form = formFor(route);
                    // A refused form writes nothing, so no transaction takes a transaction id. The console's own
                    // background work (a solver run left by another test) may take one meanwhile, so the POST
                    // is tried up to three times: a handler that writes before checking the token writes, and
                    // takes an id, every time.
                    boolean wroteNothing = false;
                    for (int attempt = 0; attempt < 3 && !wroteNothing; attempt++) {
                        long before = nextTransactionId();
                        int status = send(client, "POST", path, form);
                        assertThat(status)
                                .as("POST %s without its token, as %s", path, role)
                                .isEqualTo(403);
                        wroteNothing = nextTransactionId() == before;
                    }
                    assertThat(wroteNothing)
                            .as("POST %s without its token wrote nothing", path)
                            .isTrue();
                    assertThat(send(client, "GET", "/home", Map.of()))
                            .as("still signed in")
                            .isEqualTo(200);
                }));
    }

    @TestFactory
    Stream<DynamicNode> eachRoleWithoutARoutesPermissionFindsNothingAndEachRoleWithItGetsThrough() {
        return consoleRoutes().stream()
                .filter(r -> rules(r).stream().noneMatch(ANY_SESSION::contains))
                .map(route -> DynamicContainer.dynamicContainer(
                        route.getHttpMethod() + " " + route.getUriMatchTemplate() + " needs " + rules(route),
                        Arrays.stream(Role.values()).flatMap(role -> roleTest(route, role).stream())));
    }

    private static List<DynamicTest> roleTest(UriRouteInfo<Object, Object> route, Role role) {
        String method = route.getHttpMethod().name();
        if (!allows(route, role)) {
            return List.of(DynamicTest.dynamicTest(role + " gets 404", () -> {
                StaffClient client = signedIn(role);
                Map<String, String> form = new LinkedHashMap<>(formFor(route));
                form.put(FormToken.FIELD, client.csrfToken());
                assertThat(send(client, method, expand(route), form))
                        .as("%s %s as %s", method, expand(route), role)
                        .isEqualTo(404);
            }));
        }
        // With the permission: a GET of a page that names no record must open. (A path naming a
        // record is opened with a made-up id, which rightly is not found; a POST would change
        // something, and its own feature's tests check what it does.)
        if (route.getHttpMethod() != HttpMethod.GET
                || VARIABLE.matcher(pathTemplate(route)).find()) {
            return List.of();
        }
        return List.of(DynamicTest.dynamicTest(role + " gets through", () -> {
            int status = send(signedIn(role), method, expand(route), Map.of());
            assertThat(status)
                    .as("GET %s as %s", expand(route), role)
                    .isNotIn(403, 404)
                    .isLessThan(500);
        }));
    }

    private static List<UriRouteInfo<Object, Object>> consoleRoutes() {
        return console.context()
                .getBean(Router.class)
                .uriRoutes()
                .map(r -> (UriRouteInfo<Object, Object>) r)
                .filter(r -> r.getTargetMethod().getDeclaringType().getName().startsWith("org.imagingnetwork.console"))
                // The router answers HEAD for every GET route itself; the GET is what is tested.
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .sorted((a, b) -> describe(a).compareTo(describe(b)))
                .toList();
    }

    private static List<String> rules(UriRouteInfo<Object, Object> route) {
        return Arrays.asList(route.getTargetMethod().stringValues(Secured.class));
    }

    private static boolean isPermission(String rule) {
        return Arrays.stream(Permission.values()).anyMatch(p -> p.name().equals(rule));
    }

    /** Whether a role's permissions satisfy the route's rule (any one of the permissions it names). */
    private static boolean allows(UriRouteInfo<Object, Object> route, Role role) {
        return rules(route).stream()
                .anyMatch(rule -> ANY_SESSION.contains(rule)
                        || role.permissions().stream().anyMatch(p -> p.name().equals(rule)));
    }

    private static String describe(UriRouteInfo<Object, Object> route) {
        return route.getHttpMethod() + " " + route.getUriMatchTemplate() + " ("
                + route.getTargetMethod().getDeclaringType().getSimpleName() + "."
                + route.getTargetMethod().getMethodName() + ")";
    }

    private static StaffClient signedIn(Role role) {
        synchronized (SIGNED_IN) {
            return SIGNED_IN.computeIfAbsent(role, r -> {
                StaffClient client = console.signIn(console.staff().ofNetwork(r));
                assertThat(client.get("/home").statusCode()).isEqualTo(200);
                return client;
            });
        }
    }

    private static String pathTemplate(UriRouteInfo<Object, Object> route) {
        return QUERY_VARIABLES.matcher(route.getUriMatchTemplate().toString()).replaceAll("");
    }

    /** The route's path with each variable filled by a value of its argument's type. */
    private static String expand(UriRouteInfo<Object, Object> route) {
        Matcher m = VARIABLE.matcher(pathTemplate(route));
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, sample(argumentType(route, m.group(1))));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** A form with a plausible value for each simple argument the handler binds by name (a Map body needs none). */
    private static Map<String, String> formFor(UriRouteInfo<Object, Object> route) {
        Set<String> inPath = VARIABLE.matcher(pathTemplate(route))
                .results()
                .map(r -> r.group(1))
                .collect(Collectors.toSet());
        Map<String, String> form = new LinkedHashMap<>();
        for (Argument<?> argument : route.getTargetMethod().getArguments()) {
            Class<?> type = argument.getType();
            boolean simple = type == String.class
                    || type.isPrimitive()
                    || Number.class.isAssignableFrom(type)
                    || type == UUID.class
                    || type == LocalDate.class
                    || type == Boolean.class
                    || type.isEnum();
            if (simple && !inPath.contains(argument.getName())) {
                form.put(argument.getName(), sample(type));
            }
        }
        return form;
    }

    private static Class<?> argumentType(UriRouteInfo<Object, Object> route, String name) {
        return Arrays.stream(route.getTargetMethod().getArguments())
                .filter(a -> a.getName().equals(name))
                .map(Argument::getType)
                .findFirst()
                .orElse(String.class);
    }

    private static String sample(Class<?> type) {
        if (type == UUID.class) {
            return UUID.randomUUID().toString();
        }
        if (type == LocalDate.class) {
            return LocalDate.now().plusDays(7).toString();
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        if (type == String.class) {
            return "X1";
        }
        return "1";
    }

    private static long nextTransactionId() {
        return console.jdbi()
                .withHandle(h -> h.createQuery("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint")
                        .mapTo(Long.class)
                        .one());
    }

    /**
     * One request with the client's session, reading only the status: a page that streams (server-sent
     * events) answers its status before its body ends, so the body is not waited for.
     */
    private static int send(StaffClient client, String method, String path, Map<String, String> form) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(console.url() + path))
                .timeout(Duration.ofSeconds(30))
                .header(
                        "Cookie",
                        client.cookies().entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining("; ")));
        if (method.equals("POST")) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            builder.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            builder.GET();
        }
        try {
            HttpResponse<InputStream> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            return fail("%s %s: %s", method, path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }
}
