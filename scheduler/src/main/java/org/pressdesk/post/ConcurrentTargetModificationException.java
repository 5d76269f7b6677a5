package org.pressdesk.post;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** Someone else changed the target between reading and writing it; the caller should re-read. */
public class ConcurrentTargetModificationException extends ProblemException {

    public ConcurrentTargetModificationException(long targetId) {
        super(HttpStatus.CONFLICT, "concurrent-modification", "Changed meanwhile",
                "Target " + targetId + " was changed by someone else meanwhile; reload and try again");
    }
}
