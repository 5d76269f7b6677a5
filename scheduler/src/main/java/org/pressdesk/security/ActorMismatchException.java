package org.pressdesk.security;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A request names someone other than the signed-in person as who acts. */
public class ActorMismatchException extends ProblemException {

    public ActorMismatchException(String field, String named, String signedIn) {
        super(HttpStatus.FORBIDDEN, "actor-mismatch", "Not the signed-in user",
                "'" + field + "' says '" + named + "' but the request is signed in as '" + signedIn
                        + "'; everyone acts as themselves: leave '" + field + "' out");
        setProperty("field", field);
    }
}
