package org.pressdesk.disclosure;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** Nobody has written the remarks of that year's report in that language yet. */
public class RemarksNotFoundException extends ProblemException {

    public RemarksNotFoundException(int year, String language) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", "No remarks written for " + year + " in " + language);
    }
}
