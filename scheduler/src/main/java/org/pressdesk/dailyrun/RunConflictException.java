package org.pressdesk.dailyrun;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A run for the date is already running (on any node) or has completed; answered 409. */
class RunConflictException extends ProblemException {

    RunConflictException(String detail) {
        super(HttpStatus.CONFLICT, "run-conflict", "Run conflict", detail);
    }
}
