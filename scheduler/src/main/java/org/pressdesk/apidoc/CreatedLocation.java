package org.pressdesk.apidoc;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Set;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;

/** Documents the {@code Location} header of the operations that answer 201 Created or 202 Accepted with one. */
final class CreatedLocation implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (operation.getResponses() == null) {
            return operation;
        }
        for (String status : Set.of("201", "202")) {
            var response = operation.getResponses().get(status);
            if (response != null) {
                Schema<Object> uri = new Schema<>();
                uri.type("string").types(Set.of("string")).format("uri");
                response.addHeaderObject(HttpHeaders.LOCATION, new Header()
                        .description("201: where what was created is; 202: where to follow what was started")
                        .schema(uri));
            }
        }
        return operation;
    }
}
