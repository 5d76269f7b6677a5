package org.pressdesk.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Set;

/**
 * The Problem schema every error of the API answers with (RFC 9457, {@code application/problem+json}; see
 * system/ProblemHandler), with the members some problem types add: {@code errors} (field problems, or a CSV
 * file's cell problems), {@code field} (actor-mismatch), {@code violations} (content-violation), and
 * {@code template}, {@code line}, {@code column}, {@code columnName}, {@code reason} (template-refused, malformed-csv).
 */
final class ProblemSchema {

    static final String NAME = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private ProblemSchema() {
    }

    static void addTo(Components components) {
        components.addSchemas(NAME, problem()).addSchemas(FIELD_ERROR, fieldError());
    }

    /** A response whose body is a Problem. */
    static ApiResponse response(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(MEDIA_TYPE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + NAME))));
    }

    private static Schema<Object> problem() {
        return object("A problem detail (RFC 9457). Members beyond the standard five appear with some problem types"
                + " only; a client should ignore those it does not know.")
                .addProperty("type", typed("string", "The problem type, a URN such as urn:pressdesk:problem:not-found;"
                        + " it names the kind of problem and is not meant to be fetched").format("uri"))
                .addProperty("title", typed("string", "A short summary of the problem type"))
                .addProperty("status", typed("integer", "The HTTP status").format("int32"))
                .addProperty("detail", typed("string", "What went wrong this time, for the person who sent the request"))
                .addProperty("instance", typed("string", "The request's path").format("uri"))
                .addProperty("errors", typed("array", "Each invalid field (or, for a CSV file, cell) with what is wrong")
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR)))
                .addProperty("field", typed("string", "actor-mismatch: the request field that named someone else"))
                .addProperty("violations", typed("object", "content-violation: what each channel objects to, by"
                        + " channel id").additionalProperties(typed("array", null)
                        .items(new Schema<>().$ref("#/components/schemas/Violation"))))
                .addProperty("template", typed("string", "template-refused: the template's id"))
                .addProperty("line", typed("integer", "template-refused, malformed-csv: the line, from 1").format("int32"))
                .addProperty("column", typed("integer", "template-refused, malformed-csv: the column, from 1")
                        .format("int32"))
                .addProperty("columnName", typed("string", "malformed-csv: the column's header"))
                .addProperty("reason", typed("string", "template-refused: why the template does not parse"))
                .required(List.of("type", "title", "status"));
    }

    private static Schema<Object> fieldError() {
        return object("One invalid field of a request, or one problem of a CSV file")
                .addProperty("field", typed("string", "The field's path in the request, e.g. title or targets[1].channel"))
                .addProperty("message", typed("string", "What is wrong with it"))
                .addProperty("line", typed("integer", "CSV files: the line, from 1 (the header is line 1)")
                        .format("int32"))
                .addProperty("column", typed("integer", "CSV files: the column, from 1").format("int32"))
                .addProperty("columnName", typed("string", "CSV files: the column's header, when known"))
                .required(List.of("message"));
    }

    private static Schema<Object> object(String description) {
        return typed("object", description);
    }

    // OpenAPI 3.1 documents write a schema's "types"; 3.0 ones its "type": both are set.
    @SuppressWarnings("unchecked")
    private static Schema<Object> typed(String type, String description) {
        Schema<Object> schema = new Schema<>();
        schema.type(type).types(Set.of(type));
        return description == null ? schema : schema.description(description);
    }
}
