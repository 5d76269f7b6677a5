package org.pressdesk.system;

/**
 * One invalid field of a request, as problems list them in {@code errors}, so a form can show each
 * message next to its input.
 *
 * @param field   the field's path in the request, e.g. {@code title} or {@code targets[1].channel}
 * @param message what is wrong with it
 */
public record FieldProblem(String field, String message) {
}
