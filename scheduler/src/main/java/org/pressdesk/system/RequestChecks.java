package org.pressdesk.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/**
 * Starts the checks of a request body: the problems found while reading its JSON, then its bean
 * validation constraints. A controller with checks of its own (times, channels, links) adds them to
 * the {@link FieldProblems} returned and refuses once, naming every problem.
 */
@Component
public class RequestChecks {

    private final Validator validator;

    RequestChecks(Validator validator) {
        this.validator = validator;
    }

    public FieldProblems of(Object body) {
        FieldProblems problems = new FieldProblems(JsonBodyProblems.take());
        validator.validate(body).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> violation) -> path(violation.getPropertyPath())))
                .forEach(violation -> problems.add(path(violation.getPropertyPath()), violation.getMessage()));
        return problems;
    }

    /** A property path as Spring names fields: {@code targets[1].channel}, {@code targets[0]}. */
    private static String path(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.toString();
    }
}
