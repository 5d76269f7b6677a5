package org.pressdesk.post;

import java.util.List;
import java.util.Map;
import org.pressdesk.connector.Violation;

/** A post's content breaks the rules of one or more of its channels. */
public class ContentViolationException extends RuntimeException {

    private final Map<String, List<Violation>> violationsByChannel;

    public ContentViolationException(Map<String, List<Violation>> violationsByChannel) {
        super("The content cannot be published on " + violationsByChannel.keySet() + " as it is");
        this.violationsByChannel = Map.copyOf(violationsByChannel);
    }

    public Map<String, List<Violation>> violationsByChannel() {
        return violationsByChannel;
    }
}
