package org.pressdesk.dailyrun.transcript;

/**
 * One journalist's question and the spokesperson's answer.
 *
 * @param number   its place among the conference's answers, from 1
 * @param question the question without its 問/问/Q marker
 * @param answer   the answer without its 答/A marker; paragraphs separated by a blank line
 */
public record QuestionAndAnswer(int number, String question, String answer) {
}
