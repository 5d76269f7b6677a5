package org.pressdesk.system;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Problems found while a request's JSON body was read — a property the body type does not have, a
 * value its field cannot hold — which do not stop the reading: they are kept with the request until
 * its checks take them ({@link RequestChecks#of}), so that one answer names them together with
 * everything else wrong with the request.
 */
final class JsonBodyProblems {

    private static final String READING = JsonBodyProblems.class.getName() + ".reading";
    private static final String FOUND = JsonBodyProblems.class.getName() + ".found";

    private JsonBodyProblems() {
    }

    /** The request's body is about to be read: problems are noted from now on. */
    static void startReading() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(READING, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    static void stopReading() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(READING, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Whether a request body is being read on this thread (and not some other JSON). */
    static boolean reading() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(READING, RequestAttributes.SCOPE_REQUEST) != null;
    }

    static void note(String field, String message) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            found(request).add(new FieldProblem(field, message));
        }
    }

    static boolean any() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && !found(request).isEmpty();
    }

    /** The problems noted so far, which are then forgotten. */
    static List<FieldProblem> take() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return List.of();
        }
        List<FieldProblem> found = List.copyOf(found(request));
        request.removeAttribute(FOUND, RequestAttributes.SCOPE_REQUEST);
        return found;
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> found(RequestAttributes request) {
        Object found = request.getAttribute(FOUND, RequestAttributes.SCOPE_REQUEST);
        if (found == null) {
            found = new ArrayList<FieldProblem>();
            request.setAttribute(FOUND, found, RequestAttributes.SCOPE_REQUEST);
        }
        return (List<FieldProblem>) found;
    }
}
