package org.pressdesk.templating;

import org.pressdesk.system.ProblemException;
import org.pressdesk.template.TemplateKey;
import org.springframework.http.HttpStatus;

/** Neither a shipped default nor an override exists for a template id, or there is no override to revert. */
public class TemplateNotFoundException extends ProblemException {

    public TemplateNotFoundException(TemplateKey key) {
        this("No template " + key.id() + ": nothing is shipped or saved under that id");
    }

    private TemplateNotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", message);
    }

    /** A revert of a template that already uses its shipped default. */
    public static TemplateNotFoundException noOverride(TemplateKey key) {
        return new TemplateNotFoundException("Template " + key.id() + " has no override to revert: it already uses "
                + "the shipped default");
    }
}
