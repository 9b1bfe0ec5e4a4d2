package org.imagingnetwork.core.redis;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/** Builds the pooled client every Redis feature shares. */
public final class RedisClients {
    private RedisClients() {}

    public static JedisPooled pooled(RedisSettings settings) {
        int millis = (int) settings.timeout().toMillis();
        int port = settings.uri().getPort() < 0 ? 6379 : settings.uri().getPort();
        return new JedisPooled(
                new HostAndPort(settings.uri().getHost(), port),
                DefaultJedisClientConfig.builder()
                        .connectionTimeoutMillis(millis)
                        .socketTimeoutMillis(millis)
                        .build());
    }
}
