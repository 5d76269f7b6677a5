package org.pressdesk.staff;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

public class TokenNotFoundException extends ProblemException {

    public TokenNotFoundException(String username, long id) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", "User '" + username + "' has no token " + id);
    }
}
