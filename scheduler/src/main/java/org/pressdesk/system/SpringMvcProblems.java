package org.pressdesk.system;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Spring MVC's own exceptions, and every {@link ErrorResponse} (each {@link ProblemException}
 * among them), as problems: Spring's answers, with field problems listed per field and request
 * bodies that cannot be read told apart. Not an advice of its own: {@link ProblemHandler} hands
 * API requests to it.
 */
class SpringMvcProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return invalid("The request has invalid fields", errors);
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
        return invalid("The request has invalid parameters", errors);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
                                                        HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return invalid("The request has invalid parameters", List.of(
                    new FieldProblem(mismatch.getName(), "'" + mismatch.getValue() + "' is not "
                            + ExpectedValue.of(mismatch.getRequiredType()))));
        }
        return super.handleTypeMismatch(ex, headers, status, request);
    }

    /** Jackson's words for a property a JSON object names twice (STRICT_DUPLICATE_DETECTION). */
    private static final Pattern DUPLICATE_PROPERTY = Pattern.compile("Duplicate (?:Object property|field) \"([^\"]*)\"");

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        RequestTooLargeException tooLarge = causedBy(ex, RequestTooLargeException.class);
        if (tooLarge != null) {
            return answer(tooLarge);
        }
        JacksonException json = causedBy(ex, JacksonException.class);
        if (json == null) {
            return problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                    "The request body is missing; send a JSON object", List.of());
        }
        Matcher duplicate = DUPLICATE_PROPERTY.matcher(String.valueOf(json.getOriginalMessage()));
        if (json instanceof StreamReadException && duplicate.find()) {
            String property = duplicate.group(1);
            String parent = json.getPath().isEmpty() ? "" : fieldPath(json.getPath());
            return invalid("The request has invalid fields", List.of(new FieldProblem(
                    parent.isEmpty() ? property : parent + "." + property,
                    "is given twice; send each property once")));
        }
        if (json instanceof StreamReadException) {
            return problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                    "The request body is not well-formed JSON", List.of());
        }
        if (!json.getPath().isEmpty()) {
            return invalid("The request has invalid fields",
                    List.of(new FieldProblem(fieldPath(json.getPath()),
                            "has a value of the wrong type or an unknown value")));
        }
        return problem(HttpStatus.BAD_REQUEST, "wrong-body-shape", "Request body of the wrong shape",
                "The request body is well-formed JSON but not what this request takes: send a JSON object",
                List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        MediaType sent = ex.getContentType();
        ex.getBody().setDetail((sent == null ? "The request says no Content-Type"
                : "Content-Type '" + sent + "' is not supported") + "; send it as " + MediaType.APPLICATION_JSON_VALUE);
        return super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
    }

    /** The answer an {@link ErrorResponse} describes. */
    static ResponseEntity<Object> answer(ErrorResponse error) {
        return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(error.getBody());
    }

    static ResponseEntity<Object> problem(HttpStatus status, String type, String title, String detail,
                                          List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemException.type(type));
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).body(problem);
    }

    private static ResponseEntity<Object> invalid(String detail, List<FieldProblem> errors) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail, errors);
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

    static <T extends Throwable> T causedBy(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
