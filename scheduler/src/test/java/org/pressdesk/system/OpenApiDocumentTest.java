package org.pressdesk.system;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** springdoc serves the API's OpenAPI document at /api/openapi. */
class OpenApiDocumentTest extends ApiTestSupport {

    @Test
    void servesAnOpenApiDocumentListingThePostAndChannelEndpoints() throws Exception {
        mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.openapi", startsWith("3.")))
                .andExpect(jsonPath("$.paths['/api/posts'].get").exists())
                .andExpect(jsonPath("$.paths['/api/posts'].post").exists())
                .andExpect(jsonPath("$.paths['/api/posts/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/posts/{id}/history'].get").exists())
                .andExpect(jsonPath("$.paths['/api/posts/{id}/approve'].post").exists())
                .andExpect(jsonPath("$.paths['/api/posts/{id}/reschedule'].post").exists())
                .andExpect(jsonPath("$.paths['/api/posts/{id}/withdraw'].post").exists())
                .andExpect(jsonPath("$.paths['/api/posts/{id}/correct'].post").exists())
                .andExpect(jsonPath("$.paths['/api/posts/{id}/targets/{targetId}/resolve'].post").exists())
                .andExpect(jsonPath("$.paths['/api/channels'].get").exists());
    }
}
