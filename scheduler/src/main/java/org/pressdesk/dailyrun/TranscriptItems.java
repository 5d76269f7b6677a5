package org.pressdesk.dailyrun;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.pressdesk.dailyrun.transcript.QuestionAndAnswer;
import org.pressdesk.dailyrun.transcript.Transcript;
import org.pressdesk.dailyrun.transcript.TranscriptReader;
import org.pressdesk.dailyrun.transcript.UnparsedPart;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The run's reader: the files the first step collected, in order, each as its summary, then its answers
 * in the transcript's order, then its unreadable parts. Its position is saved with every chunk, so a
 * restarted run reads on from the last chunk written (and the import keys keep anything read twice
 * from being posted twice).
 */
class TranscriptItems extends AbstractItemCountingItemStreamItemReader<RunItem> {

    private final Supplier<List<String>> files;
    private final TranscriptInbox inbox;
    private final TranscriptReader reader;
    private Iterator<String> pending;
    private Iterator<RunItem> current;

    TranscriptItems(Supplier<List<String>> files, TranscriptInbox inbox, TranscriptReader reader) {
        this.files = files;
        this.inbox = inbox;
        this.reader = reader;
        setName("transcripts");
    }

    @Override
    protected void doOpen() {
        pending = files.get().iterator();
        current = java.util.Collections.emptyIterator();
    }

    @Override
    protected RunItem doRead() {
        while (!current.hasNext()) {
            if (!pending.hasNext()) {
                return null;
            }
            String name = pending.next();
            if (!inbox.file(name).toFile().isFile()) {
                continue; // imported and filed by an earlier attempt
            }
            current = items(reader.read(inbox.file(name))).iterator();
        }
        return current.next();
    }

    @Override
    protected void doClose() {
        pending = null;
        current = null;
    }

    private static List<RunItem> items(Transcript transcript) {
        List<RunItem> items = new ArrayList<>();
        items.add(new RunItem.Summary(transcript));
        for (QuestionAndAnswer pair : transcript.answers()) {
            items.add(new RunItem.Answer(transcript, pair));
        }
        for (UnparsedPart part : transcript.unparsed()) {
            items.add(new RunItem.Unparsed(transcript, part));
        }
        return items;
    }
}
