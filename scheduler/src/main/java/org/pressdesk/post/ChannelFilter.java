package org.pressdesk.post;

import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.channel.UnknownChannelException;
import org.pressdesk.system.Names;
import org.springframework.stereotype.Component;

/** The channel a listing's filter names, for the post API and the queue page alike. */
@Component
class ChannelFilter {

    private final ChannelRegistry channels;
    private final PostRepository posts;

    ChannelFilter(ChannelRegistry channels, PostRepository posts) {
        this.channels = channels;
        this.posts = posts;
    }

    /**
     * The channel a filter names, compared as {@link Names} are (ignoring case, width and invisibles):
     * a configured one, or one that is no longer configured but still has posts; null for none.
     *
     * @throws UnknownChannelException for any other
     */
    String idOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return channels.idOf(typed).or(() -> posts.storedChannelId(typed.strip()))
                .orElseThrow(() -> new UnknownChannelException(typed, channels.ids()));
    }
}
