package org.pressdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Credentials entered through the API and the channel page: in force at once, encrypted in the database, and
 * never shown again anywhere (answers, pages, logs).
 */
@ExtendWith(OutputCaptureExtension.class)
class ChannelCredentialsApiTest extends ApiTestSupport {

    private static final String ENTERED = "entered-" + UUID.randomUUID();

    @Autowired
    ChannelRegistry registry;
    @Autowired
    ChannelCredentials credentials;

    @AfterEach
    void dropEnteredCredentials() {
        credentials.clear(SECRET_CHANNEL, Set.of(), "test");
    }

    @Test
    void anEnteredCredentialIsInForceAtOnceAndOnlyItsNameIsEverShown(CapturedOutput output) throws Exception {
        String answer = putCredentials(SECRET_CHANNEL, Map.of("api-token", ENTERED))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value(SECRET_CHANNEL))
                .andExpect(jsonPath("$.set[0].name").value("api-token"))
                .andExpect(jsonPath("$.set[0].source").value("APPLICATION"))
                .andExpect(jsonPath("$.set[0].updatedBy").value("王小明"))
                .andReturn().getResponse().getContentAsString();

        assertThat(inForce()).isEqualTo(ENTERED);
        List<String> shown = List.of(answer,
                body(get("/api/channels")), body(get("/api/channels/" + SECRET_CHANNEL + "/credentials")),
                page("/channels"), page("/channels/" + SECRET_CHANNEL), output.getAll(), storedRows());
        assertThat(shown).allSatisfy(text -> assertThat(text).doesNotContain(ENTERED).doesNotContain(SECRET)
                .doesNotContain(Base64.getEncoder().encodeToString(ENTERED.getBytes())));
        assertThat(page("/channels/" + SECRET_CHANNEL)).contains("id=\"credential-set-api-token\"");
        assertThat(jdbc.sql("SELECT actor || ' ' || action || ' ' || subject || ' ' || detail FROM admin_action")
                .query(String.class).list()).containsExactly("王小明 channel.credentials.set " + SECRET_CHANNEL + " api-token");
        assertThat(page("/audit")).contains("channel.credentials.set").doesNotContain(ENTERED);
    }

    @Test
    void clearingPutsTheConfiguredCredentialBack() throws Exception {
        putCredentials(SECRET_CHANNEL, Map.of("api-token", ENTERED)).andExpect(status().isOk());

        mvc.perform(delete("/api/channels/{id}/credentials", SECRET_CHANNEL).with(asStaff("陳主任", "ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.set[0].source").value("CONFIGURATION"));

        assertThat(inForce()).isEqualTo(SECRET);
        assertThat(count("channel_credential")).isZero();
    }

    @Test
    void credentialsOfAnUnknownChannelAreNotFound() throws Exception {
        expectProblem(putCredentials("fax", Map.of("api-token", ENTERED)), HttpStatus.NOT_FOUND);
    }

    @Test
    void aNameTheChannelsTypeDoesNotReadIsRefusedAndNothingIsStored() throws Exception {
        String answer = expectProblem(putCredentials("x-sample", Map.of("api-token", ENTERED)),
                HttpStatus.BAD_REQUEST, "api-token")
                .andReturn().getResponse().getContentAsString();

        assertThat(answer).contains("consumer-key").doesNotContain(ENTERED);
        assertThat(count("channel_credential")).isZero();
    }

    @Test
    void anEmptyOrBlankCredentialIsRefused() throws Exception {
        expectProblem(putCredentials(SECRET_CHANNEL, Map.of()), HttpStatus.BAD_REQUEST, "credentials");
        expectProblem(putCredentials(SECRET_CHANNEL, Map.of("api-token", " ")), HttpStatus.BAD_REQUEST, "api-token");
        assertThat(count("channel_credential")).isZero();
    }

    @Test
    void aCredentialEnteredOnThePageIsInForceAndTheFormNeverShowsItAgain() throws Exception {
        mvc.perform(post("/channels/{id}/credentials", SECRET_CHANNEL).param("newName", "api-token")
                        .param("newValue", ENTERED).with(asStaff("王小明", "ADMIN")))
                .andExpect(status().is3xxRedirection());

        assertThat(inForce()).isEqualTo(ENTERED);
        assertThat(page("/channels/" + SECRET_CHANNEL)).doesNotContain(ENTERED).contains("王小明");
    }

    @Test
    void aPageFormWithAValueButNoNameKeepsNothingTypedAndStoresNothing() throws Exception {
        String page = mvc.perform(post("/channels/{id}/credentials", SECRET_CHANNEL).param("newName", "api-token")
                        .param("newValue", "").param("lang", "en").with(asStaff("王小明", "ADMIN")))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Enter the value.", "value=\"api-token\"");
        assertThat(count("channel_credential")).isZero();
    }

    @Test
    void aTypeThatNamesItsCredentialsGetsOneFieldForEach() throws Exception {
        assertThat(page("/channels/x-sample")).contains("name=\"credential.consumer-key\"",
                "name=\"credential.consumer-secret\"", "name=\"credential.access-token\"",
                "name=\"credential.access-token-secret\"");
    }

    private ResultActions putCredentials(String channel, Map<String, String> values) throws Exception {
        return mvc.perform(put("/api/channels/{id}/credentials", channel).with(asStaff("王小明", "ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(values)));
    }

    private String inForce() {
        return registry.accounts().stream().filter(account -> account.id().equals(SECRET_CHANNEL)).findFirst()
                .orElseThrow().credentials().get("api-token");
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(asStaff("王小明", "ADMIN"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String storedRows() {
        return String.join("|", jdbc.sql("SELECT * FROM channel_credential").query((row, n) -> {
            StringBuilder all = new StringBuilder();
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                all.append(row.getString(column)).append('|');
            }
            return all.toString();
        }).list());
    }
}
