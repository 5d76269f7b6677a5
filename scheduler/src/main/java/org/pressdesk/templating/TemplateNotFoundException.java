package org.pressdesk.templating;

import org.pressdesk.system.ProblemException;
import org.pressdesk.template.TemplateKey;
import org.springframework.http.HttpStatus;

/** Neither a shipped default nor an override exists for a template id. */
public class TemplateNotFoundException extends ProblemException {

    public TemplateNotFoundException(TemplateKey key) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No template " + key.id() + ": nothing is shipped or saved under that id");
    }
}
