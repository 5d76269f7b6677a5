package org.pressdesk.staff;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** An admin tried to disable themselves or take away their own admin role. */
public class SelfLockoutException extends ProblemException {

    public SelfLockoutException(String username) {
        super(HttpStatus.CONFLICT, "self-lockout", "Cannot lock yourself out",
                "'" + username + "' cannot take away their own admin role or disable themselves; ask another admin");
    }
}
