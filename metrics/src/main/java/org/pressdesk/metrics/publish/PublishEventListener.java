package org.pressdesk.metrics.publish;

/** Told about every publishing attempt's outcome, after it was stored. Must not throw or block for long. */
public interface PublishEventListener {

    /** A listener that ignores everything, for wiring without metrics. */
    PublishEventListener NOOP = event -> { };

    /**
     * Takes note of one outcome.
     *
     * @param event what happened
     */
    void onPublishEvent(PublishEvent event);
}
