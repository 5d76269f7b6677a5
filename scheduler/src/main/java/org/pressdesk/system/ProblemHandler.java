package org.pressdesk.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Every error of the REST API as RFC 9457 problem+json, and only the API's: a request outside
 * {@code /api} (the web pages) is handed back, so Spring answers it with its status and Boot's error
 * handling renders the page. Exceptions that describe themselves ({@link ProblemException}, Spring
 * MVC's own) are answered as they say; database failures by what they mean for the client
 * ({@link DatabaseFailure}); anything else as a 500 that gives nothing away. Field problems carry an
 * {@code errors} list of {@code {field, message}} so a form can show each next to its input.
 */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final SpringMvcProblems springMvc = new SpringMvcProblems();

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> problem(Exception ex, NativeWebRequest request) throws Exception {
        HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
        if (http == null || !ApiRequests.isApi(http)) {
            // Thrown again, it goes on to the next exception resolvers as if this advice had no handler for it.
            throw ex;
        }
        try {
            return springMvc.handleException(ex, request);
        } catch (Exception notSpringMvcs) {
            if (notSpringMvcs != ex) {
                throw notSpringMvcs;
            }
        }
        return DatabaseFailure.of(ex)
                .map(failure -> databaseFailure(failure, ex, http))
                .orElseGet(() -> internalError(ex, http));
    }

    private static ResponseEntity<Object> databaseFailure(DatabaseFailure failure, Exception ex,
                                                          HttpServletRequest http) {
        String cause = rootCause(ex).toString();
        switch (failure) {
            case UNAVAILABLE -> log.warn("{} {}: database unavailable: {}", http.getMethod(), http.getRequestURI(),
                    cause);
            case CONFLICT -> log.info("{} {}: lost a race: {}", http.getMethod(), http.getRequestURI(), cause);
            case UNSTORABLE -> log.warn("{} {}: the database refused a value that passed validation: {}",
                    http.getMethod(), http.getRequestURI(), cause);
        }
        boolean mayHaveChanged = failure == DatabaseFailure.UNAVAILABLE
                && !HttpMethod.GET.matches(http.getMethod()) && !HttpMethod.HEAD.matches(http.getMethod());
        return SpringMvcProblems.problem(failure.status, failure.type, failure.title,
                mayHaveChanged ? failure.detail + ", after checking whether it was" : failure.detail, List.of());
    }

    private static ResponseEntity<Object> internalError(Exception ex, HttpServletRequest http) {
        log.error("{} {} failed", http.getMethod(), http.getRequestURI(), ex);
        return SpringMvcProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on the server; it has been logged", List.of());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
