package org.pressdesk.post;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A withdrawal of a post none of whose targets is on a channel: nothing was published, or all is withdrawn already. */
public class NothingToWithdrawException extends ProblemException {

    public NothingToWithdrawException(String message) {
        super(HttpStatus.CONFLICT, "nothing-to-withdraw", "Nothing to withdraw", message);
    }
}
