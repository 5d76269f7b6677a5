package org.pressdesk.control;

import org.pressdesk.system.OfficeTime;
import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** Pausing a scope that is paused already: refused, so the first pause's reason and time stand. */
public class AlreadyPausedException extends ProblemException {

    AlreadyPausedException(Pause existing, OfficeTime time) {
        super(HttpStatus.CONFLICT, "already-paused", "Already paused", "'" + existing.scopeName()
                + "' is paused already, since " + time.show(existing.pausedAt()) + " by " + existing.pausedBy()
                + ": " + existing.reason());
    }
}
