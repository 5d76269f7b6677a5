package org.pressdesk.post;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** An author tried to approve their own post; approval needs a second person. */
public class FourEyesException extends ProblemException {

    public FourEyesException(String author) {
        super(HttpStatus.FORBIDDEN, "four-eyes", "Second approver needed",
                "'" + author + "' wrote this post and cannot also approve it; another approver must sign it off");
    }
}
