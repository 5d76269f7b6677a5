package org.pressdesk.post;

/** A requested state change that the target's lifecycle does not allow. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }

    public static IllegalTransitionException of(PublishTarget target, TargetState to) {
        return new IllegalTransitionException("Target " + target.id() + " (" + target.channelId() + ") is "
                + target.state() + " and cannot become " + to + "; allowed next: " + target.state().next());
    }
}
