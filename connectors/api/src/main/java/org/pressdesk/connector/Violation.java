package org.pressdesk.connector;

/**
 * One rule that content breaks on a channel.
 *
 * @param code    a stable machine-readable code, e.g. {@code too-long}, {@code missing-link}
 * @param message what is wrong, for staff
 * @param part    the thread part it concerns (0-based), or -1 for the whole content
 */
public record Violation(String code, String message, int part) {

    public static final String TOO_LONG = "too-long";
    public static final String EMPTY = "empty";

    public static Violation tooLong(int part, int length, int maxLength, LengthCounting counting) {
        return new Violation(TOO_LONG, "text is " + length + " long as " + counting.name().toLowerCase()
                .replace('_', ' ') + " counts it; the channel allows " + maxLength, part);
    }
}
