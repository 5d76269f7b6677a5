package org.pressdesk.connector.outbox;

import java.time.Instant;
import org.pressdesk.connector.ChannelContent;

/** The text layout of one outbox file: a header of {@code key: value} lines, a blank line, then the parts. */
final class OutboxFile {

    private OutboxFile() {
    }

    static String format(String channelId, ChannelContent content, String idempotencyKey, Instant publishedAt) {
        StringBuilder file = new StringBuilder()
                .append("channel: ").append(channelId).append('\n')
                .append("kind: ").append(content.kind()).append('\n')
                .append("language: ").append(content.language().tag()).append('\n')
                .append("title: ").append(content.title().replace('\n', ' ')).append('\n')
                .append("scheduled-at: ").append(content.scheduledAt()).append('\n')
                .append("published-at: ").append(publishedAt).append('\n')
                .append("idempotency-key: ").append(idempotencyKey).append('\n');
        if (content.sourceReference() != null) {
            file.append("source: ").append(content.sourceReference()).append('\n');
        }
        if (content.replyTo() != null) {
            file.append("in-reply-to: ").append(content.replyTo()).append('\n');
        }
        if (content.link() != null) {
            file.append("link: ").append(content.link()).append('\n');
        }
        int parts = content.parts().size();
        for (int part = 0; part < parts; part++) {
            file.append('\n');
            if (parts > 1) {
                file.append("--- ").append(part + 1).append('/').append(parts).append(" ---\n");
            }
            file.append(content.parts().get(part)).append('\n');
        }
        return file.toString();
    }
}
