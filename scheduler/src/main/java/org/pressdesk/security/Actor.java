package org.pressdesk.security;

import java.security.Principal;
import org.pressdesk.system.Names;

/**
 * Who acts in a request: the signed-in person, never a name the request types. A body may still carry the old
 * {@code actor}/{@code author} field; it must then name the signed-in person (after {@link Names} normalisation).
 * Every controller that writes takes {@code java.security.Principal principal} and calls {@link #of}.
 */
public final class Actor {

    /** How the API document describes a request's {@code actor} or {@code author} field. */
    public static final String FIELD_DESCRIPTION = "Leave it out: the signed-in person acts. Kept for older clients;"
            + " a name other than the signed-in person's is refused with 403 (actor-mismatch)";

    private Actor() {
    }

    /** The signed-in person's username, normalised. */
    public static String of(Principal principal) {
        if (principal == null || principal.getName() == null) {
            throw new IllegalStateException("no signed-in user: the security rules let an anonymous write through");
        }
        return Names.normalise(principal.getName());
    }

    /**
     * The signed-in person, checked against what the request's {@code field} says (null: nothing said).
     *
     * @throws org.pressdesk.system.InvalidFieldException when the field is given but has nothing visible
     * @throws ActorMismatchException                     when it names someone else
     */
    public static String of(Principal principal, String field, String given) {
        String signedIn = of(principal);
        if (given == null) {
            return signedIn;
        }
        String named = Names.require(field, given);
        if (!named.equals(signedIn)) {
            throw new ActorMismatchException(field, named, signedIn);
        }
        return signedIn;
    }
}
