package org.imagingnetwork.load.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Each trust's RIS (the simulator, over HTTP) against the network: it holds exactly the appointments
 * the network changed for that trust, one copy each, each with the network's status. Read once the
 * relay has delivered everything it can.
 */
final class RisCheck {

    static final String APPOINTMENT_SYSTEM = "https://fhir.imagingnetwork.nhs.uk/Id/appointment";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String simulator;

    /** @param simulator the simulator's address, such as {@code http://127.0.0.1:18095} */
    RisCheck(String simulator) {
        this.simulator = simulator.replaceAll("/$", "");
    }

    /**
     * One finding per trust the network wrote to: {@code expected} is each trust's appointments (our
     * id to the FHIR status its RIS should hold), as {@link CheckQueries#appointmentsSentToEachRis}
     * reads them.
     */
    List<Check.Finding> check(Map<String, Map<String, String>> expected) {
        List<Check.Finding> findings = new ArrayList<>();
        for (String trust : new TreeSet<>(expected.keySet())) {
            Map<String, String> wanted = expected.get(trust);
            Map<String, List<String>> held = held(trust);
            long doubled =
                    held.values().stream().filter(copies -> copies.size() > 1).count();
            long missing =
                    wanted.keySet().stream().filter(id -> !held.containsKey(id)).count();
            long extra =
                    held.keySet().stream().filter(id -> !wanted.containsKey(id)).count();
            long wrongStatus = wanted.entrySet().stream()
                    .filter(e -> held.containsKey(e.getKey()))
                    .filter(e -> !held.get(e.getKey()).get(0).equals(e.getValue()))
                    .count();
            findings.add(new Check.Finding(
                    doubled + missing + extra + wrongStatus == 0,
                    "RIS " + trust + ": holds " + held.size() + " of the network's " + wanted.size()
                            + " appointments; " + missing + " missing, " + extra + " not the network's, " + doubled
                            + " held twice, " + wrongStatus + " with another status"));
        }
        return findings;
    }

    /** The simulator's appointments for a trust: our appointment id to the status of each copy. */
    private Map<String, List<String>> held(String trust) {
        Map<String, List<String>> held = new HashMap<>();
        Optional<String> next = Optional.of(simulator + "/" + trust + "/fhir/Appointment?_count=500");
        while (next.isPresent()) {
            JsonNode bundle = get(next.get());
            for (JsonNode entry : bundle.path("entry")) {
                JsonNode appointment = entry.path("resource");
                for (JsonNode identifier : appointment.path("identifier")) {
                    if (APPOINTMENT_SYSTEM.equals(identifier.path("system").asText())) {
                        held.computeIfAbsent(identifier.path("value").asText(), k -> new ArrayList<>())
                                .add(appointment.path("status").asText());
                    }
                }
            }
            next = Optional.empty();
            for (JsonNode link : bundle.path("link")) {
                if ("next".equals(link.path("relation").asText())) {
                    next = Optional.of(link.path("url").asText());
                }
            }
        }
        return held;
    }

    private JsonNode get(String url) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Accept", "application/fhir+json")
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
