package org.pressdesk.system;

/**
 * One problem with one request field: what the API answers in a problem's {@code errors} list.
 *
 * @param field   the field's path in the request, e.g. {@code targets[1].channel}
 * @param message what is wrong with it, in words staff can act on
 */
public record InvalidField(String field, String message) {
}
