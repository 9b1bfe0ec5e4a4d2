package org.imagingnetwork.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for GOV.UK Notify's HTTP API: accepts the real client's SMS and email requests
 * (checking they carry its signed bearer token), records them, and answers as Notify does.
 */
public final class NotifyStub implements AutoCloseable {

    public record Received(String path, String body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private final boolean print;
    private volatile boolean refusing;

    public NotifyStub() throws IOException {
        this(0, false);
    }

    /** On a fixed port, printing each message it receives (for the demo). */
    public NotifyStub(int port, boolean print) throws IOException {
        this.print = print;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/v2/notifications/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** While true, answers every message as Notify does a request it will not send (400), recording nothing. */
    public void refusing(boolean value) {
        this.refusing = value;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Messages whose body mentions this text (a phone number, a site). */
    public List<Received> mentioning(String text) {
        return received.stream().filter(r -> r.body().contains(text)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (auth == null || !auth.startsWith("Bearer ") || auth.split("\\.").length != 3) {
            respond(
                    exchange,
                    403,
                    "{\"errors\":[{\"error\":\"AuthError\",\"message\":\"Invalid token\"}],\"status_code\":403}");
            return;
        }
        if (refusing) {
            respond(
                    exchange,
                    400,
                    "{\"errors\":[{\"error\":\"BadRequestError\",\"message\":\"Can't send to this recipient\"}],"
                            + "\"status_code\":400}");
            return;
        }
        received.add(new Received(exchange.getRequestURI().getPath(), body));
        if (print) {
            System.out.println("NOTIFY " + exchange.getRequestURI().getPath() + " " + body);
        }
        String id = UUID.randomUUID().toString();
        String template = "{\"id\":\"" + UUID.randomUUID() + "\",\"version\":1,\"uri\":\"http://notify.test/t\"}";
        String response = exchange.getRequestURI().getPath().endsWith("/sms")
                ? "{\"id\":\"" + id + "\",\"reference\":null,\"content\":{\"body\":\"sent\",\"from_number\":\"NHS\"},"
                        + "\"uri\":\"http://notify.test/n/" + id + "\",\"template\":" + template + "}"
                : "{\"id\":\"" + id + "\",\"reference\":null,\"content\":{\"body\":\"sent\",\"subject\":\"NHS\","
                        + "\"from_email\":\"nhs@notify.test\"},\"uri\":\"http://notify.test/n/" + id
                        + "\",\"template\":"
                        + template + "}";
        respond(exchange, 201, response);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
