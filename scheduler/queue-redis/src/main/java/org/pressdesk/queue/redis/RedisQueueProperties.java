package org.pressdesk.queue.redis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Redis queue's own settings; the connection is Spring Boot's ({@code spring.data.redis.*}).
 *
 * @param keyPrefix put before every key of the queue; nodes sharing a queue use the same one, deployments sharing
 *                  a Redis different ones. The braces make it a hash tag, so a Redis Cluster keeps every key of
 *                  the queue in one slot
 */
@ConfigurationProperties("pressdesk.queue.redis")
public record RedisQueueProperties(@DefaultValue("pressdesk:{queue}:") String keyPrefix) {
}
