package org.pressdesk.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.pressdesk.system.FieldProblem;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A refusal of the post API's services as a staff page shows it: a sentence in the page's language
 * (the message key {@code post.problem.<type>}), the service's own detail beneath it, and each invalid
 * field's message beside that field's input.
 *
 * @param key    the message key of the sentence
 * @param detail what the service said, in English
 * @param status the status the page is answered with
 * @param fields the form field each problem belongs beside, with its message
 */
record PageProblem(String key, String detail, HttpStatus status, Map<String, String> fields) {

    private static final String TYPE_PREFIX = "urn:pressdesk:problem:";

    static PageProblem of(ProblemException refused) {
        return of(refused, field -> field);
    }

    /** @param formField the form field an API field is shown beside */
    static PageProblem of(ProblemException refused, Function<String, String> formField) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (refused instanceof InvalidFieldException invalid) {
            for (FieldProblem problem : invalid.errors()) {
                fields.merge(formField.apply(problem.field()), problem.message(), (one, other) -> one + "; " + other);
            }
        }
        String type = String.valueOf(refused.getBody().getType());
        String name = type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : "other";
        String key = switch (name) {
            case "illegal-transition", "four-eyes", "concurrent-modification", "content-violation",
                 "nothing-to-withdraw", "nothing-to-correct", "not-found", "unknown-channel" -> "post.problem." + name;
            default -> refused instanceof InvalidFieldException ? "post.problem.invalid" : "post.problem.other";
        };
        HttpStatus status = HttpStatus.resolve(refused.getStatusCode().value());
        return new PageProblem(key, refused.getMessage(), status == null ? HttpStatus.BAD_REQUEST : status, fields);
    }
}
