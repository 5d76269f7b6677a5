package org.pressdesk.dailyrun;

/**
 * The run cannot go on at all (a transcript that cannot be read, a page that cannot be fetched, channels
 * not configured); it fails with this message before it writes anything.
 */
class RunRefusedException extends RuntimeException {

    RunRefusedException(String message) {
        super(message);
    }
}
