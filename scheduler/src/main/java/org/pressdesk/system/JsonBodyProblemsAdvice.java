package org.pressdesk.system;

import jakarta.validation.Valid;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Marks the reading of each request body, so {@link JsonBodyProblemRecorder} notes its problems
 * instead of failing at the first. A {@code @Valid} body with such problems is refused here, with
 * its constraint violations in the same answer. A body read without {@code @Valid} is checked by
 * its controller through {@link RequestChecks#of}, which takes these problems with it.
 */
@ControllerAdvice(annotations = RestController.class)
class JsonBodyProblemsAdvice extends RequestBodyAdviceAdapter {

    private final RequestChecks checks;

    JsonBodyProblemsAdvice(RequestChecks checks) {
        this.checks = checks;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) {
        JsonBodyProblems.startReading();
        return input;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        JsonBodyProblems.stopReading();
        if (JsonBodyProblems.any() && (parameter.hasParameterAnnotation(Valid.class)
                || parameter.hasParameterAnnotation(Validated.class))) {
            checks.of(body).throwIfAny();
        }
        return body;
    }

    @Override
    public Object handleEmptyBody(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                  Class<? extends HttpMessageConverter<?>> converterType) {
        JsonBodyProblems.stopReading();
        return body;
    }
}
