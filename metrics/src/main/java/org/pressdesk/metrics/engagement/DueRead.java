package org.pressdesk.metrics.engagement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published post whose engagement is due to be read.
 *
 * @param targetId    the published target
 * @param channelId   its channel account
 * @param remoteId    the channel's id of the post
 * @param publishedAt when it went out
 * @param officeDate  the office-zone date its publication counts on
 * @param point       which read is due
 */
public record DueRead(long targetId, String channelId, String remoteId, Instant publishedAt, LocalDate officeDate,
                      ReadPoint point) {
}
