package org.pressdesk.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins in a row for this name: no password is tried for a while. */
class SignInSlowedException extends AuthenticationException {

    SignInSlowedException() {
        super("too many failed sign-ins in a row; try again later");
    }
}
