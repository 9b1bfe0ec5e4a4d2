package org.imagingnetwork.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalServersIT {

    @Test
    void startsEmbeddedServersWhenNoneAreConfiguredAndStopsThemOnClose() throws Exception {
        String database;
        String redis;
        try (LocalServers servers = LocalServers.start(Map.of())) {
            database = servers.databaseUrl();
            redis = servers.redisUrl();
            assertThat(servers.embeddedPostgres()).isTrue();
            assertThat(servers.embeddedRedis()).isTrue();
            assertThat(selectOne(database)).isEqualTo(1);
            assertThat(ping(redis)).isEqualTo("+PONG");
        }
        assertThatThrownBy(() -> selectOne(database)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> ping(redis)).isInstanceOf(IOException.class);
    }

    @Test
    void usesTheServersTheEnvironmentNames() throws Exception {
        // The servers this test run uses: the configured ones, or embedded ones started for the run.
        String database = TestDatabase.get().jdbcUrl();
        String redis = TestRedis.get().uri().toString();

        try (LocalServers servers = LocalServers.start(Map.of("DATABASE_URL", database, "REDIS_URL", redis))) {
            assertThat(servers.databaseUrl()).isEqualTo(database);
            assertThat(servers.redisUrl()).isEqualTo(redis);
            assertThat(servers.embeddedPostgres()).isFalse();
            assertThat(servers.embeddedRedis()).isFalse();
        }
        assertThat(selectOne(database)).isEqualTo(1);
    }

    @Test
    void writesTheUrlsForTheShellToSource(@TempDir Path directory) throws Exception {
        String database = TestDatabase.get().jdbcUrl();
        String redis = TestRedis.get().uri().toString();
        Path envFile = directory.resolve("demo/servers.env");

        try (LocalServers servers = LocalServers.start(Map.of("DATABASE_URL", database, "REDIS_URL", redis))) {
            LocalServers.writeEnv(envFile, servers);
        }

        assertThat(Files.readAllLines(envFile))
                .contains("DATABASE_URL='" + database + "'", "REDIS_URL='" + redis + "'")
                .anySatisfy(line -> assertThat(line).matches("LOCAL_SERVERS_PID=\\d+"));
    }

    private static int selectOne(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                ResultSet one = connection.createStatement().executeQuery("select 1")) {
            one.next();
            return one.getInt(1);
        }
    }

    private static String ping(String url) throws IOException {
        URI uri = URI.create(url);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] reply = new byte[5];
            int read = in.readNBytes(reply, 0, 5);
            return new String(reply, 0, read, StandardCharsets.US_ASCII);
        }
    }
}
