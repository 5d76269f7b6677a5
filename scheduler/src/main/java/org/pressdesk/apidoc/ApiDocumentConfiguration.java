package org.pressdesk.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI document (springdoc, at {@code /api/openapi}, for a signed-in person): what the API is, how to
 * authenticate (a bearer token required by every operation), and the Problem schema its errors answer with.
 * Operation ids and summaries are on the controllers ({@code @Operation}), the problems each operation answers
 * with are added by {@link DocumentedProblems}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentConfiguration {

    static final String BEARER_TOKEN = "bearerToken";

    private static final String DESCRIPTION = """
            Pressdesk schedules a government press office's posts, has them approved by a second person, \
            publishes them to the office's channels (microblogs, a radio segment's scripts, outbox folders) and \
            reports on what went out.

            **Authentication.** Every request carries a personal API token: an admin issues one on the users \
            page (`/admin/users`) or with `POST /api/users/{username}/tokens`, and it is shown that once. Send it \
            as `Authorization: Bearer pd_…`. The token's person is who acts: request fields `actor` and `author` \
            are no longer needed; one that names someone else is refused with 403 (actor-mismatch). What a \
            person may do follows their roles (EDITOR, APPROVER, ADMIN).

            **Errors** are problem details (RFC 9457, `application/problem+json`, schema Problem); invalid \
            fields are listed in `errors`. Unknown JSON fields are refused. Times are answered in the office's \
            time zone, with their offset.""";

    @Bean
    OpenAPI apiDocument() {
        Components components = new Components().addSecuritySchemes(BEARER_TOKEN, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("pd_… personal API token")
                .description("A personal API token an admin issued"));
        ProblemSchema.addTo(components);
        return new OpenAPI()
                .info(new Info().title("Pressdesk API").version(version()).description(DESCRIPTION))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BEARER_TOKEN));
    }

    @Bean
    OperationCustomizer documentedProblems() {
        return new DocumentedProblems();
    }

    @Bean
    OperationCustomizer createdLocation() {
        return new CreatedLocation();
    }

    /** The version in the jar's manifest (Boot's parent writes it); none when run from the classes. */
    private static String version() {
        String version = ApiDocumentConfiguration.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
