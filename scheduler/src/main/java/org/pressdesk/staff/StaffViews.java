package org.pressdesk.staff;

import java.time.OffsetDateTime;
import java.util.List;
import org.pressdesk.system.OfficeTime;

/** People and tokens as the users API shows them: never a password hash, a token's secret only when issued. */
final class StaffViews {

    private StaffViews() {
    }

    record UserView(String username, String displayName, List<StaffRole> roles, boolean enabled,
                    boolean mustChangePassword, OffsetDateTime createdAt) {

        static UserView of(StaffUser user, OfficeTime time) {
            return new UserView(user.username(), user.displayName(), user.roles().stream().sorted().toList(),
                    user.enabled(), user.mustChangePassword(), time.show(user.createdAt()));
        }
    }

    record TokenView(long id, String name, String prefix, OffsetDateTime createdAt, String createdBy,
                     OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, String revokedBy) {

        static TokenView of(ApiToken token, OfficeTime time) {
            return new TokenView(token.id(), token.name(), token.prefix(), time.show(token.createdAt()),
                    token.createdBy(), show(token.lastUsedAt(), time), show(token.revokedAt(), time), token.revokedBy());
        }
    }

    /** @param token the token itself: shown this once, kept nowhere */
    record IssuedTokenView(long id, String name, String prefix, OffsetDateTime createdAt, String token) {

        static IssuedTokenView of(IssuedToken issued, OfficeTime time) {
            ApiToken token = issued.token();
            return new IssuedTokenView(token.id(), token.name(), token.prefix(), time.show(token.createdAt()),
                    issued.secret());
        }
    }

    private static OffsetDateTime show(java.time.Instant at, OfficeTime time) {
        return at == null ? null : time.show(at);
    }
}
