package org.pressdesk.post;

/** Someone else changed the target between reading and writing it; the caller should re-read. */
public class ConcurrentTargetModificationException extends RuntimeException {

    public ConcurrentTargetModificationException(long targetId) {
        super("Target " + targetId + " was changed by someone else meanwhile; reload and try again");
    }
}
