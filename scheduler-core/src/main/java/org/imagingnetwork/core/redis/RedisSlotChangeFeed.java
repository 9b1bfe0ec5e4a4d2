package org.imagingnetwork.core.redis;

import java.time.Duration;
import org.imagingnetwork.core.booking.SlotChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Hears every instance's booked and freed slots on Redis, on a thread of its own, and tells one
 * listener. When the connection drops the listener is told at once (it is missing changes from
 * then on) and the feed reconnects every {@code retryEvery} until Redis is back.
 */
public final class RedisSlotChangeFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisSlotChangeFeed.class);

    private final RedisSettings settings;
    private final SlotChangeListener listener;
    private final Duration retryEvery;
    private final Thread thread;
    private volatile boolean closed;
    private volatile JedisPubSub subscription;

    private RedisSlotChangeFeed(RedisSettings settings, SlotChangeListener listener, Duration retryEvery) {
        this.settings = settings;
        this.listener = listener;
        this.retryEvery = retryEvery;
        this.thread = new Thread(this::run, "slot-change-feed");
        this.thread.setDaemon(true);
    }

    /** Starts listening; the listener hears {@code feedUp} once the subscription is in place. */
    public static RedisSlotChangeFeed start(RedisSettings settings, SlotChangeListener listener, Duration retryEvery) {
        RedisSlotChangeFeed feed = new RedisSlotChangeFeed(settings, listener, retryEvery);
        feed.thread.start();
        return feed;
    }

    private void run() {
        String channel = SlotChangeMessages.channel(settings);
        int port = settings.uri().getPort() < 0 ? 6379 : settings.uri().getPort();
        while (!closed) {
            try (Jedis jedis = new Jedis(
                    new HostAndPort(settings.uri().getHost(), port),
                    DefaultJedisClientConfig.builder()
                            .connectionTimeoutMillis((int) settings.timeout().toMillis())
                            .build())) {
                JedisPubSub pubSub = new JedisPubSub() {
                    @Override
                    public void onSubscribe(String subscribed, int count) {
                        if (closed) {
                            unsubscribe();
                            return;
                        }
                        listener.feedUp();
                    }

                    @Override
                    public void onMessage(String from, String message) {
                        SlotChangeMessages.parse(message).ifPresent(listener::changed);
                    }
                };
                subscription = pubSub;
                jedis.subscribe(pubSub, channel);
            } catch (JedisException e) {
                if (!closed) {
                    LOG.warn("Slot change feed lost Redis, retrying: {}", e.getMessage());
                }
            } catch (RuntimeException e) {
                LOG.warn("Slot change listener failed, resubscribing: {}", e.toString());
            }
            listener.feedDown();
            pause();
        }
    }

    private void pause() {
        if (closed) {
            return;
        }
        try {
            Thread.sleep(retryEvery.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        JedisPubSub current = subscription;
        if (current != null && current.isSubscribed()) {
            try {
                current.unsubscribe();
            } catch (JedisException e) {
                // The connection is already gone; the thread ends on its own.
            }
        }
        thread.interrupt();
    }
}
