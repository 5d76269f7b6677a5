package org.pressdesk.post;

/** No post (or no such target of it) exists. */
public class PostNotFoundException extends RuntimeException {

    public PostNotFoundException(String message) {
        super(message);
    }
}
