package org.pressdesk.dailyrun;

import org.pressdesk.dailyrun.transcript.QuestionAndAnswer;
import org.pressdesk.dailyrun.transcript.Transcript;
import org.pressdesk.dailyrun.transcript.UnparsedPart;

/** One part of a transcript as the run reads it: what becomes one post, or a part it skips. */
sealed interface RunItem {

    Transcript transcript();

    /** The conference as a whole: its briefing summary. */
    record Summary(Transcript transcript) implements RunItem {
    }

    /** One question and its answer: a spokesperson answer. */
    record Answer(Transcript transcript, QuestionAndAnswer pair) implements RunItem {
    }

    /** A part that could not be read; the processor refuses it so the skip policy records why. */
    record Unparsed(Transcript transcript, UnparsedPart part) implements RunItem {
    }
}
