package org.pressdesk.apidoc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;

/**
 * A problem an API operation answers with, beyond those every operation documents by itself
 * ({@link DocumentedProblems}); e.g. 409 when the post's state does not allow the action. Documented in the
 * OpenAPI document with the Problem schema. Given for a status every operation has (403), it says why.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Refusals.class)
public @interface Refusal {

    HttpStatus status();

    /** When the operation answers so, as a client's developer reads it. */
    String when();
}
