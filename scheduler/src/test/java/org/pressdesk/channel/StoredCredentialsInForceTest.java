package org.pressdesk.channel;

import org.pressdesk.audit.AdminActions;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.mastodon.MastodonConnectorType;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.system.InvalidFieldException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Credentials entered for a Mastodon channel replace its configured token at once, and again after a restart:
 * the instance (a WireMock stand-in) sees the new token, while the database holds only ciphertext.
 */
class StoredCredentialsInForceTest {

    private static final String CONFIGURED = "configured-token";
    private static final String ENTERED = "entered-token-9c1f";

    private final WireMockServer mastodon = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private TestDatabase database;
    private ChannelsProperties properties;
    private String key;

    @BeforeEach
    void start() {
        mastodon.start();
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/accounts/verify_credentials"))
                .willReturn(okJson("{\"id\":\"1\",\"followers_count\":42}")));
        database = TestDatabase.h2();
        properties = new ChannelsProperties(Map.of("mastodon-mfa", new ChannelsProperties.Channel("mastodon", "MFA",
                Map.of("base-url", mastodon.baseUrl(), "max-characters", "500"),
                Map.of("access-token", CONFIGURED))));
        key = CredentialCipherTest.randomKey();
    }

    @AfterEach
    void stop() {
        mastodon.stop();
        database.close();
    }

    @Test
    void theConnectorUsesTheEnteredTokenAtOnceAndAfterARestart() throws Exception {
        ChannelRegistry registry = registry(key);
        ChannelCredentials credentials = credentials(registry, key);
        registry.require("mastodon-mfa").audience();
        mastodon.verify(getRequestedFor(urlPathEqualTo("/api/v1/accounts/verify_credentials"))
                .withHeader("Authorization", equalTo("Bearer " + CONFIGURED)));

        credentials.set("mastodon-mfa", Map.of("access-token", ENTERED), "王小明");
        mastodon.resetRequests();
        registry.require("mastodon-mfa").audience();

        mastodon.verify(getRequestedFor(urlPathEqualTo("/api/v1/accounts/verify_credentials"))
                .withHeader("Authorization", equalTo("Bearer " + ENTERED)));
        assertThat(storedRow()).doesNotContain(ENTERED).contains("王小明");

        mastodon.resetRequests();
        registry(key).require("mastodon-mfa").audience();
        mastodon.verify(getRequestedFor(urlPathEqualTo("/api/v1/accounts/verify_credentials"))
                .withHeader("Authorization", equalTo("Bearer " + ENTERED)));
    }

    @Test
    void clearingTheEnteredTokenPutsTheConfiguredOneBack() throws Exception {
        ChannelRegistry registry = registry(key);
        ChannelCredentials credentials = credentials(registry, key);
        credentials.set("mastodon-mfa", Map.of("access-token", ENTERED), "王小明");

        assertThat(credentials.clear("mastodon-mfa", Set.of(), "陳主任")).containsExactly("access-token");
        registry.require("mastodon-mfa").audience();

        mastodon.verify(getRequestedFor(urlPathEqualTo("/api/v1/accounts/verify_credentials"))
                .withHeader("Authorization", equalTo("Bearer " + CONFIGURED)));
        assertThat(credentials.names("mastodon-mfa")).extracting(ChannelCredentials.CredentialName::source)
                .containsExactly(ChannelCredentials.Source.CONFIGURATION);
    }

    @Test
    void aRestartWithAnotherKeyKeepsTheConfiguredTokenAndSaysTheStoredOneCannotBeRead() throws Exception {
        credentials(registry(key), key).set("mastodon-mfa", Map.of("access-token", ENTERED), "王小明");
        String otherKey = CredentialCipherTest.randomKey();

        ChannelRegistry restarted = registry(otherKey);
        restarted.require("mastodon-mfa").audience();

        mastodon.verify(getRequestedFor(urlPathEqualTo("/api/v1/accounts/verify_credentials"))
                .withHeader("Authorization", equalTo("Bearer " + CONFIGURED)));
        assertThat(credentials(restarted, otherKey).names("mastodon-mfa"))
                .extracting(ChannelCredentials.CredentialName::readable).containsExactly(false);
    }

    @Test
    void withoutAKeyEnteringCredentialsIsRefusedAndNothingIsStored() {
        ChannelRegistry registry = registry(null);
        ChannelCredentials credentials = new ChannelCredentials(new CredentialStore(database.jdbc()), Optional.empty(),
                registry, CredentialActions.auditedBy(new AdminActions(database.jdbc(), Clock.systemUTC())), transactions(), Clock.systemUTC());

        assertThatThrownBy(() -> credentials.set("mastodon-mfa", Map.of("access-token", ENTERED), "王小明"))
                .isInstanceOf(CredentialsKeyMissingException.class)
                .hasMessageContaining("openssl rand -base64 32");
        assertThat(storedRow()).isEmpty();
        assertThat(credentials.canEnter()).isFalse();
    }

    @Test
    void aNameTheTypeDoesNotReadIsRefusedNamingTheOnesItDoes() {
        ChannelCredentials credentials = credentials(registry(key), key);

        assertThatThrownBy(() -> credentials.set("mastodon-mfa", Map.of("acess-token", ENTERED), "王小明"))
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                    assertThat(refused.errors()).singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("acess-token");
                        assertThat(problem.message()).contains("access-token").doesNotContain(ENTERED);
                    });
                });
        assertThat(storedRow()).isEmpty();
    }

    @Test
    void anUnknownChannelIsNotFound() {
        assertThatThrownBy(() -> credentials(registry(key), key).set("fax", Map.of("access-token", ENTERED), "王小明"))
                .isInstanceOf(ChannelNotFoundException.class);
    }

    private ChannelRegistry registry(String key) {
        return new ChannelRegistry(properties, List.of(new MastodonConnectorType(Clock.systemUTC())),
                ChannelCredentials.readable(new CredentialStore(database.jdbc()),
                        CredentialCipher.of(new CredentialsKeyProperties(key))));
    }

    private ChannelCredentials credentials(ChannelRegistry registry, String key) {
        return new ChannelCredentials(new CredentialStore(database.jdbc()),
                CredentialCipher.of(new CredentialsKeyProperties(key)), registry, CredentialActions.auditedBy(new AdminActions(database.jdbc(), Clock.systemUTC())),
                transactions(), Clock.systemUTC());
    }

    private TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
    }

    /** Every column of every stored credential, as text. */
    private String storedRow() {
        return String.join("|", database.jdbc().sql("SELECT * FROM channel_credential").query((row, n) -> {
            StringBuilder all = new StringBuilder();
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                all.append(row.getString(column)).append('|');
            }
            return all.toString();
        }).list());
    }
}
