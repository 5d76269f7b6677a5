package org.pressdesk.staff;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

public class UserNotFoundException extends ProblemException {

    public UserNotFoundException(String username) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", "No user '" + username + "'");
    }
}
