package org.pressdesk.system;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Optional;

/** Checks {@link PublishableText}; the message names the first offending character by code point and position. */
public class PublishableTextValidator implements ConstraintValidator<PublishableText, String> {

    private boolean multiline;

    @Override
    public void initialize(PublishableText annotation) {
        this.multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        if (text == null) {
            return true;
        }
        Optional<String> problem = problem(text, multiline);
        problem.ifPresent(message -> {
            context.disableDefaultConstraintViolation();
            // The message holds no request text, only code points, so nothing in it is interpolated.
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        });
        return problem.isEmpty();
    }

    /** What makes the text unpublishable, if anything. */
    static Optional<String> problem(String text, boolean multiline) {
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int position = text.codePointCount(0, i) + 1;
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {  // unpaired
                return Optional.of("contains half of a surrogate pair (" + hex(codePoint) + ") at character "
                        + position + ", which no channel can publish; type or paste the character again");
            }
            if (Character.getType(codePoint) == Character.CONTROL && codePoint != '\t'
                    && !(multiline && (codePoint == '\n' || codePoint == '\r'))) {
                return Optional.of("contains the control character " + hex(codePoint) + " at character " + position
                        + (codePoint == '\n' || codePoint == '\r' ? "; this field is one line" : ""));
            }
            if (isNoncharacter(codePoint)) {
                return Optional.of("contains the noncharacter " + hex(codePoint) + " at character " + position);
            }
            visible |= !Names.isSpace(codePoint) && !Names.isInvisible(codePoint);
            i += Character.charCount(codePoint);
        }
        if (!visible && !text.isBlank()) {
            return Optional.of("has no visible character, only spaces or invisible ones such as "
                    + hex(text.codePointAt(0)));
        }
        return Optional.empty();
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static String hex(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
