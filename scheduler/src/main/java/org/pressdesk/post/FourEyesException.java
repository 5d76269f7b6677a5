package org.pressdesk.post;

/** An author tried to approve their own post; approval needs a second person. */
public class FourEyesException extends RuntimeException {

    public FourEyesException(String author) {
        super("'" + author + "' wrote this post and cannot also approve it; another approver must sign it off");
    }
}
