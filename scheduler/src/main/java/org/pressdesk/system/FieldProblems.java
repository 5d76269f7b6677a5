package org.pressdesk.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The problems found in one request, gathered across every check so that a refusal names them
 * all at once. The first problem found with a field is the one kept: a check of a field that
 * already failed an earlier one (a value the JSON could not hold, a blank one) would only repeat it.
 */
public final class FieldProblems {

    private final Map<String, FieldProblem> byField = new LinkedHashMap<>();

    public FieldProblems(List<FieldProblem> found) {
        found.forEach(problem -> add(problem.field(), problem.message()));
    }

    public FieldProblems() {
        this(List.of());
    }

    /** Notes a problem unless the field, or the object holding it, already has one. */
    public void add(String field, String message) {
        if (!has(field)) {
            byField.put(field, new FieldProblem(field, message));
        }
    }

    /** Whether the field, or an object or list holding it, has a problem already. */
    public boolean has(String field) {
        for (String noted : byField.keySet()) {
            if (field.equals(noted) || field.startsWith(noted + ".") || field.startsWith(noted + "[")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs a check of a field that has no problem yet, noting what it refuses.
     *
     * @return what the check returned, or null when it refused the value or was not run
     */
    public <T> T check(String field, Supplier<T> check) {
        if (has(field)) {
            return null;
        }
        try {
            return check.get();
        } catch (InvalidFieldException refused) {
            refused.errors().forEach(problem -> add(problem.field(), problem.message()));
            return null;
        }
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** @throws InvalidFieldException naming every problem noted, if there is any */
    public void throwIfAny() {
        if (!byField.isEmpty()) {
            throw new InvalidFieldException(new ArrayList<>(byField.values()));
        }
    }
}
