package org.pressdesk.post;

import java.util.List;
import java.util.Map;
import org.pressdesk.connector.Violation;
import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A post's content breaks the rules of one or more of its channels; answered with the violations per channel. */
public class ContentViolationException extends ProblemException {

    private final Map<String, List<Violation>> violationsByChannel;

    public ContentViolationException(Map<String, List<Violation>> violationsByChannel) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "content-violation", "Content breaks channel rules",
                "The content cannot be published on " + violationsByChannel.keySet() + " as it is");
        this.violationsByChannel = Map.copyOf(violationsByChannel);
        setProperty("violations", violationsByChannel);
    }

    public Map<String, List<Violation>> violationsByChannel() {
        return violationsByChannel;
    }
}
