package org.pressdesk.system;

import java.util.List;
import java.util.Map;
import org.pressdesk.channel.UnknownChannelException;
import org.pressdesk.connector.Violation;
import org.pressdesk.post.ConcurrentTargetModificationException;
import org.pressdesk.post.ContentViolationException;
import org.pressdesk.post.FourEyesException;
import org.pressdesk.post.IllegalTransitionException;
import org.pressdesk.post.PostNotFoundException;
import org.pressdesk.template.InvalidTemplateException;
import org.pressdesk.templating.TemplateNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every API error as RFC 9457 problem+json. Field problems carry an {@code errors} list of
 * {@code {field, message}} so a form can show each next to its input.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid fields", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid parameters", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (causedBy(ex, RequestTooLargeException.class) != null) {
            return tooLarge(causedBy(ex, RequestTooLargeException.class));
        }
        JacksonException json = causedBy(ex, JacksonException.class);
        if (json != null && !json.getPath().isEmpty()) {
            String field = fieldPath(json.getPath());
            return problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid fields",
                    List.of(new FieldProblem(field, "has a value of the wrong type or an unknown value")));
        }
        return problem(HttpStatus.BAD_REQUEST, "Malformed request",
                "The request body is missing or is not well-formed JSON", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid parameters",
                List.of(new FieldProblem(ex.getName(), "'" + ex.getValue() + "' is not "
                        + ExpectedValue.of(ex.getRequiredType()))));
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage(),
                ex.errors().stream().map(error -> new FieldProblem(error.field(), error.message())).toList());
    }

    @ExceptionHandler(UnknownChannelException.class)
    ResponseEntity<Object> unknownChannel(UnknownChannelException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Unknown channel", ex.getMessage(),
                List.of(new FieldProblem("targets.channel", ex.getMessage())));
    }

    @ExceptionHandler(ContentViolationException.class)
    ResponseEntity<Object> contentViolation(ContentViolationException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
        problem.setTitle("Content breaks channel rules");
        Map<String, List<Violation>> violations = ex.violationsByChannel();
        problem.setProperty("violations", violations);
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler({IllegalTransitionException.class, ConcurrentTargetModificationException.class})
    ResponseEntity<Object> conflict(RuntimeException ex) {
        return problem(HttpStatus.CONFLICT, "Not allowed in the current state", ex.getMessage(), List.of());
    }

    @ExceptionHandler(FourEyesException.class)
    ResponseEntity<Object> fourEyes(FourEyesException ex) {
        return problem(HttpStatus.FORBIDDEN, "Second approver needed", ex.getMessage(), List.of());
    }

    @ExceptionHandler(PostNotFoundException.class)
    ResponseEntity<Object> notFound(PostNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), List.of());
    }

    @ExceptionHandler(InvalidTemplateException.class)
    ResponseEntity<Object> invalidTemplate(InvalidTemplateException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setTitle("Template refused");
        problem.setProperty("template", ex.key().id());
        problem.setProperty("line", ex.line());
        problem.setProperty("column", ex.column());
        problem.setProperty("reason", ex.reason());
        problem.setProperty("errors", List.of(new FieldProblem("source", ex.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(TemplateNotFoundException.class)
    ResponseEntity<Object> templateNotFound(TemplateNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), List.of());
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<Object> tooLarge(RequestTooLargeException ex) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Request too large", ex.getMessage(), List.of());
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail,
                                                  List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).body(problem);
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static <T extends Throwable> T causedBy(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** One invalid field. */
    record FieldProblem(String field, String message) {
    }
}
