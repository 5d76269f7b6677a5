package org.pressdesk.dailyrun.transcript;

/**
 * A part of a transcript that is neither date line, announcement nor question and answer; the daily
 * run skips it and lists it with its reason.
 *
 * @param text   the part as it stands in the transcript
 * @param reason why it could not be used
 */
public record UnparsedPart(String text, String reason) {
}
