package org.pressdesk.system;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An exception that says how it is answered: its HTTP status, its RFC 9457 problem type and title,
 * and any members of its own ({@link #setProperty}). On the REST API {@code ProblemHandler} answers
 * every one of them with its problem, without knowing its class; outside the API Spring answers with
 * its status and leaves the page to Boot's error handling.
 *
 * <p>Problem types are URNs, {@code urn:pressdesk:problem:} and a name, e.g.
 * {@code urn:pressdesk:problem:not-found}; they name the kind of problem and are not meant to be fetched.
 */
public abstract class ProblemException extends ErrorResponseException {

    private static final String TYPE_PREFIX = "urn:pressdesk:problem:";

    /**
     * @param status the HTTP status it is answered with
     * @param type   the problem type's name, e.g. {@code not-found}
     * @param title  a short summary of the problem type, the same for every occurrence
     * @param detail what went wrong this time, for the person who sent the request
     */
    protected ProblemException(HttpStatus status, String type, String title, String detail) {
        this(status, type, title, detail, null);
    }

    protected ProblemException(HttpStatus status, String type, String title, String detail, Throwable cause) {
        super(status, problem(status, type, title, detail), cause);
    }

    /** The URI of the problem type with this name. */
    public static URI type(String name) {
        return URI.create(TYPE_PREFIX + name);
    }

    /** The problem's detail, so logs and callers read what the client reads. */
    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    /** Adds a member of this problem type to the answer, e.g. the invalid fields. */
    protected final void setProperty(String name, Object value) {
        getBody().setProperty(name, value);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(type));
        problem.setTitle(title);
        return problem;
    }
}
