package org.pressdesk.templating;

import java.util.List;
import org.pressdesk.system.FieldProblem;
import org.pressdesk.system.ProblemException;
import org.pressdesk.template.InvalidTemplateException;
import org.springframework.http.HttpStatus;

/**
 * A template the office tried to save or preview was refused: 400 with the template, the line and
 * column of the first problem, and the reason. The templates module says what is wrong
 * ({@link InvalidTemplateException}); this says how the API answers it.
 */
public class TemplateRefusedException extends ProblemException {

    public TemplateRefusedException(InvalidTemplateException refused) {
        super(HttpStatus.BAD_REQUEST, "invalid-template", "Template refused", refused.getMessage(), refused);
        setProperty("template", refused.key().id());
        setProperty("line", refused.line());
        setProperty("column", refused.column());
        setProperty("reason", refused.reason());
        setProperty("errors", List.of(new FieldProblem("source", refused.getMessage())));
    }
}
