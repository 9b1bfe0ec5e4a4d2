package org.imagingnetwork.load.seed;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.choice.SiteDirectory;
import org.imagingnetwork.core.choice.SlotChoice;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.jdbc.JdbiChoiceRequests;
import org.imagingnetwork.core.jdbc.JdbiFreeSlots;
import org.imagingnetwork.core.jdbc.JdbiNetworkDirectory;
import org.imagingnetwork.core.jdbc.JdbiOfferBook;
import org.imagingnetwork.core.jdbc.JdbiSignInLinks;
import org.imagingnetwork.core.operations.EnvironmentVariables;
import org.imagingnetwork.core.redis.RedisClients;
import org.imagingnetwork.core.redis.RedisSettings;
import org.imagingnetwork.core.redis.RedisSlotChangeNotifier;
import org.imagingnetwork.core.redis.RedisSlotHolds;
import org.imagingnetwork.core.signin.LinkSettings;
import org.imagingnetwork.core.signin.SignInLinks;
import redis.clients.jedis.JedisPooled;

/**
 * The apps' own services over the platform's PostgreSQL and Redis, built as the portal and the FHIR
 * boundary build them, with the portal's link key: what the seeding changes the network through.
 */
final class Platform implements AutoCloseable {

    private final Database database;
    private final JedisPooled redis;
    private final BookingService bookings;
    private final JdbiOfferBook offers;
    private final SlotChoice slotChoice;
    private final JdbiChoiceRequests choiceRequests;
    private final SignInLinks links;
    private final SeedQueries queries;
    private final JdbiNetworkDirectory network;

    private Platform(Database database, RedisSettings redisSettings, LinkSettings portal, Clock clock) {
        this.database = database;
        this.redis = RedisClients.pooled(redisSettings);
        this.bookings = new BookingService(
                new JdbiBookingStore(database.jdbi()),
                new RedisSlotHolds(redis, redisSettings, clock),
                new RedisSlotChangeNotifier(redis, redisSettings),
                clock);
        this.offers = new JdbiOfferBook(database.jdbi());
        this.network = new JdbiNetworkDirectory(database.jdbi());
        this.slotChoice = new SlotChoice(new SiteDirectory(network, clock), new JdbiFreeSlots(database.jdbi()), clock);
        this.choiceRequests = new JdbiChoiceRequests(database.jdbi());
        this.links = new SignInLinks(new JdbiSignInLinks(database.jdbi()), portal, clock);
        this.queries = new SeedQueries(database.jdbi());
    }

    /**
     * From the variables the apps read (docs/operations.md): DATABASE_URL, REDIS_URL,
     * REDIS_KEY_PREFIX, PORTAL_PUBLIC_URL and PORTAL_LINK_SECRET, the running portals' own key.
     */
    static Platform fromEnvironment(EnvironmentVariables env, Clock clock) {
        String databaseUrl = env.required("DATABASE_URL");
        URI redisUrl = URI.create(env.text("REDIS_URL", "redis://127.0.0.1:6379"));
        String prefix = env.text("REDIS_KEY_PREFIX", "ins:");
        LinkSettings portal = new LinkSettings(
                URI.create(env.text("PORTAL_PUBLIC_URL", "http://localhost:8080")),
                env.required("PORTAL_LINK_SECRET"),
                Duration.ofDays(14));
        Database database = Database.connect(DatabaseSettings.of(databaseUrl).withPoolSize(4));
        return new Platform(database, RedisSettings.of(redisUrl, prefix), portal, clock);
    }

    BookingService bookings() {
        return bookings;
    }

    JdbiOfferBook offers() {
        return offers;
    }

    SlotChoice slotChoice() {
        return slotChoice;
    }

    JdbiChoiceRequests choiceRequests() {
        return choiceRequests;
    }

    SignInLinks links() {
        return links;
    }

    SeedQueries queries() {
        return queries;
    }

    JdbiNetworkDirectory network() {
        return network;
    }

    @Override
    public void close() {
        redis.close();
        database.close();
    }
}
