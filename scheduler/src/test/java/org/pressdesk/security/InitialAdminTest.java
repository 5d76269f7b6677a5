package org.pressdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pressdesk.audit.AdminActions;
import org.pressdesk.staff.StaffRole;
import org.pressdesk.staff.StaffUser;
import org.pressdesk.staff.StaffUsers;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** The first admin: from configuration, or with a one-time password printed once; never a default password. */
class InitialAdminTest extends ApiTestSupport {

    private static final SecurityProperties.InitialAdmin NOT_CONFIGURED = new SecurityProperties.InitialAdmin(null, null);

    @Autowired
    StaffUsers users;
    @Autowired
    AdminActions actions;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private InitialAdmin initialAdmin(SecurityProperties.InitialAdmin configured) {
        return new InitialAdmin(users, actions, configured, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theConfiguredAdminIsCreatedWhenThereIsNoAdmin() {
        InitialAdmin.Outcome outcome = initialAdmin(new SecurityProperties.InitialAdmin("Chief", "configured-secret-1"))
                .ensure();

        assertThat(outcome).isEqualTo(InitialAdmin.Outcome.FROM_CONFIGURATION);
        StaffUser chief = users.get("chief");
        assertThat(chief.roles()).containsExactly(StaffRole.ADMIN);
        assertThat(chief.mustChangePassword()).isFalse();
        assertThat(users.passwordMatches(chief, "configured-secret-1")).isTrue();
        assertThat(printed()).isEmpty();
        assertThat(initialAdmin(new SecurityProperties.InitialAdmin("other", "configured-secret-2")).ensure())
                .isEqualTo(InitialAdmin.Outcome.ADMIN_EXISTS);
        assertThat(users.find("other")).isEmpty();
    }

    @Test
    void aConfiguredPasswordThatIsTooShortStopsTheStart() {
        assertThatThrownBy(() -> initialAdmin(new SecurityProperties.InitialAdmin("chief", "admin")).ensure())
                .hasMessageContaining("at least 12 characters");
        assertThat(users.count()).isZero();
    }

    @Test
    void theFirstStartWithoutConfigurationPrintsAOneTimePasswordOnce() {
        assertThat(initialAdmin(NOT_CONFIGURED).ensure()).isEqualTo(InitialAdmin.Outcome.ONE_TIME_PASSWORD);

        Matcher shown = Pattern.compile("one-time password\\s+(\\S+)").matcher(printed());
        assertThat(shown.find()).as(printed()).isTrue();
        StaffUser admin = users.get("admin");
        assertThat(admin.roles()).containsExactly(StaffRole.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(users.passwordMatches(admin, shown.group(1))).isTrue();
        assertThat(shown.group(1)).hasSizeGreaterThanOrEqualTo(20);

        console.reset();
        assertThat(initialAdmin(NOT_CONFIGURED).ensure()).isEqualTo(InitialAdmin.Outcome.ADMIN_EXISTS);
        assertThat(printed()).isEmpty();
    }

    @Test
    void withPeopleButNoAdminAndNoConfigurationNobodyIsCreated() {
        users.create("王小明", "王小明", "a-long-password-1", EnumSet.of(StaffRole.EDITOR), false);

        assertThat(initialAdmin(NOT_CONFIGURED).ensure()).isEqualTo(InitialAdmin.Outcome.NONE);
        assertThat(users.count()).isEqualTo(1);
        assertThat(printed()).isEmpty();
    }
}
