package org.pressdesk.system;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Lets the reading of a request body go on past a property the body does not have or a value its
 * field cannot hold, noting each in {@link JsonBodyProblems} with its path ({@code targets[1].channel})
 * and what was expected — the property meant, an enum's constants, a date's format. Outside the
 * reading of a request body it changes nothing. A body that is no JSON object at all still fails
 * as a whole.
 */
final class JsonBodyProblemRecorder extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) {
        if (!JsonBodyProblems.reading()) {
            return false;
        }
        List<String> known = deserializer == null ? List.of()
                : deserializer.getKnownPropertyNames().stream().map(String::valueOf).toList();
        String hint = ClosestName.to(propertyName, known).map(meant -> "; did you mean '" + meant + "'?")
                .orElse(known.isEmpty() ? "" : "; known properties: " + String.join(", ", known));
        JsonBodyProblems.note(propertyPath(ctxt.getParser(), propertyName), "unknown property '" + propertyName + "'" + hint);
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                         String failureMsg) {
        return unusable(ctxt.getParser(), targetType, "'" + valueToConvert + "' is not " + ExpectedValue.of(targetType));
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                         String failureMsg) {
        return unusable(ctxt.getParser(), targetType, valueToConvert + " is not " + ExpectedValue.of(targetType));
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                        String failureMsg) {
        Object handled = unusable(p, targetType.getRawClass(),
                "has a value of the wrong type; expected " + ExpectedValue.of(targetType.getRawClass()));
        if (handled != NOT_HANDLED) {
            p.skipChildren();
        }
        return handled;
    }

    private static Object unusable(JsonParser p, Class<?> targetType, String message) {
        String field = path(p);
        // The body as a whole (an array or a string where an object belongs) is not a field problem.
        if (!JsonBodyProblems.reading() || targetType.isPrimitive() || field.isEmpty()) {
            return NOT_HANDLED;
        }
        JsonBodyProblems.note(field, message);
        return null;
    }

    /**
     * The path of an unknown property. Jackson buffers a record's unknown properties and replays them
     * from a buffer whose contexts do not mirror the body, so the object holding the property is found
     * from the body's own parser: at the end of that object when replaying, else inside it.
     */
    private static String propertyPath(JsonParser body, String name) {
        TokenStreamContext context = body.streamReadContext();
        JsonToken token = body.currentToken();
        String container;
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            container = path(context);  // the parser has already left the object: this is its holder's context
        } else {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                context = context.getParent();
            }
            container = context == null ? "" : path(context.getParent());
        }
        return container.isEmpty() ? name : container + "." + name;
    }

    /** The path of the value the parser is at, e.g. {@code targets[1].channel}. */
    private static String path(JsonParser p) {
        TokenStreamContext context = p.streamReadContext();
        if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
            context = context.getParent();  // the context the value opened is not part of its path
        }
        return path(context);
    }

    private static String path(TokenStreamContext context) {
        Deque<String> steps = new ArrayDeque<>();
        for (; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                steps.push("[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.currentName() != null) {
                steps.push("." + context.currentName());
            }
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
