package org.pressdesk.security;

import java.util.Optional;
import org.pressdesk.staff.StaffUser;
import org.pressdesk.staff.StaffUsers;
import org.pressdesk.system.Names;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The sign-in form's check: the typed name normalised as every name is, the {@link SignInThrottle} first, then
 * the password against its hash. An unknown name costs the same hashing as a wrong password and gets the same
 * answer.
 */
final class StaffSignIn implements AuthenticationProvider {

    private final StaffUsers users;
    private final SignInThrottle throttle;
    private final String unknownUsersHash;
    private final PasswordEncoder passwords;

    StaffSignIn(StaffUsers users, SignInThrottle throttle, PasswordEncoder passwords) {
        this.users = users;
        this.throttle = throttle;
        this.passwords = passwords;
        this.unknownUsersHash = passwords.encode("no such user; only here to take as long as a real check");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = Names.normalise(attempt.getName() == null ? "" : attempt.getName());
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        Optional<StaffUser> account = username.isEmpty() ? Optional.empty() : users.find(username);
        if (throttle.slowedUntil(username, account).isPresent()) {
            throw new SignInSlowedException();
        }
        boolean matches;
        if (account.isPresent()) {
            matches = users.passwordMatches(account.get(), password);
        } else {
            passwords.matches(password, unknownUsersHash); // only to take as long
            matches = false;
        }
        if (!matches) {
            throttle.failed(username, account);
            throw new BadCredentialsException("wrong username or password");
        }
        StaffUser user = account.get();
        if (!user.enabled()) {
            throw new DisabledException("account disabled");
        }
        throttle.succeeded(user);
        return StaffAuthentication.of(user);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
