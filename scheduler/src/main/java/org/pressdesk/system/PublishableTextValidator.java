package org.pressdesk.system;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Optional;

/** Checks {@link PublishableText}; the message names the first offending character by code point and position. */
public class PublishableTextValidator implements ConstraintValidator<PublishableText, String> {

    private boolean multiline;
    private boolean name;

    @Override
    public void initialize(PublishableText annotation) {
        this.multiline = annotation.multiline();
        this.name = annotation.name();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        if (text == null) {
            return true;
        }
        Optional<String> problem = problem(text, multiline, name);
        problem.ifPresent(message -> {
            context.disableDefaultConstraintViolation();
            // The message holds no request text, only code points, so nothing in it is interpolated.
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        });
        return problem.isEmpty();
    }

    /** What makes the text unpublishable, if anything. */
    static Optional<String> problem(String text, boolean multiline) {
        return problem(text, multiline, false);
    }

    static Optional<String> problem(String text, boolean multiline, boolean name) {
        Optional<String> reordering = name ? Optional.empty() : reordering(text);
        if (reordering.isPresent()) {
            return reordering;
        }
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

    /**
     * Bidirectional controls that make a channel show the text in another order than it was typed and
     * approved: overrides always, embeddings and isolates when a paragraph leaves them open.
     */
    private static Optional<String> reordering(String text) {
        int open = -1;
        int depth = 0;
        for (int i = 0, position = 1; i < text.length(); i += Character.charCount(text.codePointAt(i)), position++) {
            int codePoint = text.codePointAt(i);
            switch (codePoint) {
                case 0x202D, 0x202E -> {
                    return Optional.of("contains the bidirectional override " + hex(codePoint) + " at character "
                            + position + ", which would show the text after it in another order than it was typed");
                }
                case 0x202A, 0x202B, 0x2066, 0x2067, 0x2068 -> {
                    open = depth == 0 ? codePoint : open;
                    depth++;
                }
                case 0x202C, 0x2069 -> depth = Math.max(depth - 1, 0);
                default -> { }
            }
            if ((codePoint == '\n' || codePoint == '\r') && depth > 0) {
                break;  // a paragraph ends with one still open
            }
        }
        return depth == 0 ? Optional.empty() : Optional.of("leaves the bidirectional control " + hex(open)
                + " open (no U+202C or U+2069 closes it), which would reorder the text after it");
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static String hex(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
