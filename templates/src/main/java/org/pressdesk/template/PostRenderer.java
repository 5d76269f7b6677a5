package org.pressdesk.template;

import org.pressdesk.connector.Connector;

/** Turns a queued post into the content one channel publishes. */
public interface PostRenderer {

    /**
     * Renders a post for a channel and checks it against the channel's rules.
     *
     * @param post      the post
     * @param connector the channel's connector: its capabilities and {@code validate} decide length and violations
     * @return the channel-ready content with its lengths and violations
     */
    RenderedContent render(PostDraft post, Connector connector);
}
