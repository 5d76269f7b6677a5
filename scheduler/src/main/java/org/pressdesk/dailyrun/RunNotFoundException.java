package org.pressdesk.dailyrun;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** No run has this id. */
class RunNotFoundException extends ProblemException {

    RunNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", "No run " + id);
    }
}
