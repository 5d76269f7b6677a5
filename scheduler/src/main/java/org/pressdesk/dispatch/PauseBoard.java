package org.pressdesk.dispatch;

import java.time.Instant;
import org.pressdesk.connector.PublishException;
import org.pressdesk.queue.PublishQueue;

/** What the dispatcher asks of the office's emergency controls, and tells them. */
public interface PauseBoard {

    /** Nothing is ever paused: for tools and tests that run a dispatcher without controls. */
    PauseBoard NEVER_PAUSED = new PauseBoard() {
        @Override
        public PublishQueue.Paused beforeClaim(Instant now) {
            return PublishQueue.Paused.NOTHING;
        }

        @Override
        public void accountUnavailable(String channelId, PublishException.AccountUnavailable why) {
        }
    };

    /**
     * Called before every claim: lifts pauses whose resume time has come, then says which channels are
     * paused, so that no node claims their scheduled targets.
     *
     * @param now the current instant
     * @return what is paused now
     */
    PublishQueue.Paused beforeClaim(Instant now);

    /**
     * A channel answered that its account cannot publish anything now (quota used up, credentials
     * expired): pauses the channel with the platform's reason, until the time the platform gave, if any.
     *
     * @param channelId the channel
     * @param why       the platform's answer
     */
    void accountUnavailable(String channelId, PublishException.AccountUnavailable why);
}
