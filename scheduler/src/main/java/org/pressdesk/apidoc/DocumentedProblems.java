package org.pressdesk.apidoc;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents each operation's problem answers with the Problem schema: those every operation can give (401
 * without a valid token, 403 without the role), those that follow from its shape (400 when it takes input, 404
 * when its path names something, 413 and 415 when it takes a body), and its own {@link Refusal}s.
 */
final class DocumentedProblems implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        Map<Integer, String> problems = new TreeMap<>();
        problems.put(401, "Not signed in: no valid personal API token (Authorization: Bearer pd_…)");
        problems.put(403, "Not allowed: the signed-in person lacks the role, or the request names someone else as"
                + " actor or author (actor-mismatch)");
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasBody || hasParameters) {
            problems.put(400, "The request is invalid: errors names each field and what is wrong with it");
        }
        if (hasParameters && operation.getParameters().stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
            problems.put(404, "Nothing is found at the path");
        }
        if (hasBody) {
            problems.put(413, "The request body is larger than the API takes (pressdesk.api.max-request-size)");
            problems.put(415, "The request body's content type is not one the operation takes");
        }
        for (Refusal refusal : AnnotatedElementUtils.findMergedRepeatableAnnotations(handlerMethod.getMethod(),
                Refusal.class)) {
            problems.put(refusal.status().value(), Character.toUpperCase(refusal.when().charAt(0))
                    + refusal.when().substring(1));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        problems.forEach((status, description) -> responses.addApiResponse(String.valueOf(status),
                ProblemSchema.response(description)));
        operation.setResponses(sorted(responses));
        return operation;
    }

    /** Responses in the order of their status, as people read them. */
    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        new TreeMap<String, ApiResponse>(responses).forEach(sorted::addApiResponse);
        if (responses.getExtensions() != null) {
            sorted.setExtensions(responses.getExtensions());
        }
        return sorted;
    }
}
