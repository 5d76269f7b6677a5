package org.pressdesk.dailyrun;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A run for the date is already running (on any node) or has completed; answered 409. */
class RunConflictException extends ProblemException {

    /** Why the date cannot be started, for a page to say in the reader's language. */
    enum Reason { RUNNING, COMPLETED, NOT_RESTARTABLE, STARTING_ELSEWHERE }

    private final Reason reason;

    RunConflictException(Reason reason, String detail) {
        super(HttpStatus.CONFLICT, "run-conflict", "Run conflict", detail);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
