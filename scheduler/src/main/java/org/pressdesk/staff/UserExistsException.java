package org.pressdesk.staff;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A user with this name (as names are compared) is there already. */
public class UserExistsException extends ProblemException {

    public UserExistsException(String username) {
        super(HttpStatus.CONFLICT, "user-exists", "User exists", "There is a user '" + username + "' already");
    }
}
