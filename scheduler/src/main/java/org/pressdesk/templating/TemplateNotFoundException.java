package org.pressdesk.templating;

import org.pressdesk.template.TemplateKey;

/** Neither a shipped default nor an override exists for a template id. */
public class TemplateNotFoundException extends RuntimeException {

    public TemplateNotFoundException(TemplateKey key) {
        super("No template " + key.id() + ": nothing is shipped or saved under that id");
    }
}
