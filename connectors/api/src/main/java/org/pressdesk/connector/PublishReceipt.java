package org.pressdesk.connector;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a publication ended up.
 *
 * @param remoteId    the channel's id of the (first) publication
 * @param url         where staff can open it; may be null when the channel has no public address
 * @param publishedAt when the channel accepted it
 * @param partIds     every part's remote id, in thread order (one element for a single post)
 */
public record PublishReceipt(String remoteId, URI url, Instant publishedAt, List<String> partIds) {

    public PublishReceipt {
        Objects.requireNonNull(remoteId, "remoteId");
        Objects.requireNonNull(publishedAt, "publishedAt");
        partIds = partIds == null || partIds.isEmpty() ? List.of(remoteId) : List.copyOf(partIds);
    }

    public PublishReceipt(String remoteId, URI url, Instant publishedAt) {
        this(remoteId, url, publishedAt, List.of(remoteId));
    }
}
