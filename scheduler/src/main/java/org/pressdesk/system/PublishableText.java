package org.pressdesk.system;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a channel can publish and a reader can see: no lone surrogate (half an emoji, which no
 * channel accepts), no NUL or other control character (tabs pass; line breaks only where
 * {@link #multiline()} allows them), no noncharacter, and — unless blank, which {@code @NotBlank}
 * answers — at least one visible character. Null is valid.
 */
@Documented
@Constraint(validatedBy = PublishableTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PublishableText {

    /** Whether line breaks (CR, LF) are allowed. */
    boolean multiline() default false;

    /**
     * Whether this is a person's name or another identifier, which {@link Names} stores without format
     * characters: bidirectional controls are then removed, not refused as in text that is published.
     */
    boolean name() default false;

    String message() default "is not text that can be published";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
