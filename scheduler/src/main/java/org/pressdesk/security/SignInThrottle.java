package org.pressdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pressdesk.staff.StaffUser;
import org.pressdesk.staff.StaffUsers;
import org.springframework.stereotype.Component;

/**
 * Five failed sign-ins in a row (pressdesk.security.throttle) slow an account down: no password is tried for
 * 30 s, doubling with each further failure up to 15 min; a successful sign-in resets it. The count is kept on
 * the account, so it holds across nodes and restarts. Names that are no account are slowed down the same way
 * (in this node's memory), so the answer never tells whether a username exists.
 */
@Component
class SignInThrottle {

    /** Guessed names kept in memory at most; beyond that the oldest guesses are simply forgotten. */
    private static final int MAX_UNKNOWN_NAMES = 10_000;

    private final StaffUsers users;
    private final SecurityProperties.Throttle rules;
    private final Clock clock;
    private final Map<String, Failures> unknownNames = new ConcurrentHashMap<>();

    SignInThrottle(StaffUsers users, SecurityProperties properties, Clock clock) {
        this.users = users;
        this.rules = properties.throttle();
        this.clock = clock;
    }

    /** Until when no sign-in is tried for this name, if it is slowed down now. */
    Optional<Instant> slowedUntil(String username, Optional<StaffUser> account) {
        Instant until = account.map(StaffUser::lockedUntil)
                .orElseGet(() -> Optional.ofNullable(unknownNames.get(username)).map(Failures::lockedUntil).orElse(null));
        return Optional.ofNullable(until).filter(clock.instant()::isBefore);
    }

    void failed(String username, Optional<StaffUser> account) {
        if (account.isPresent()) {
            int failures = account.get().failedSignIns() + 1;
            users.recordFailedSignIn(account.get().id(), failures, lockedUntil(failures));
        } else {
            if (unknownNames.size() >= MAX_UNKNOWN_NAMES) {
                unknownNames.clear();
            }
            unknownNames.compute(username, (name, before) -> {
                int failures = (before == null ? 0 : before.count()) + 1;
                return new Failures(failures, lockedUntil(failures));
            });
        }
    }

    void succeeded(StaffUser account) {
        users.recordSignIn(account.id());
    }

    private Instant lockedUntil(int failures) {
        if (failures < rules.failuresAllowed()) {
            return null;
        }
        int doublings = Math.min(failures - rules.failuresAllowed(), 20);
        Duration pause = rules.firstPause().multipliedBy(1L << doublings);
        return clock.instant().plus(pause.compareTo(rules.longestPause()) > 0 ? rules.longestPause() : pause);
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
