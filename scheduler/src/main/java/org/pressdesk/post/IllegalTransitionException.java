package org.pressdesk.post;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A requested state change that the target's lifecycle does not allow. */
public class IllegalTransitionException extends ProblemException {

    public IllegalTransitionException(String message) {
        super(HttpStatus.CONFLICT, "illegal-transition", "Not allowed in the current state", message);
    }

    public static IllegalTransitionException of(PublishTarget target, TargetState to) {
        return new IllegalTransitionException("Target " + target.id() + " (" + target.channelId() + ") is "
                + target.state() + " and cannot become " + to + "; allowed next: " + target.state().next());
    }
}
