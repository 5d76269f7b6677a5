package org.pressdesk.security;

import org.pressdesk.staff.StaffUsers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one way to sign in, {@link StaffSignIn}, in every kind of context: with it Boot never makes up a user
 * with a generated password, not even where there are no pages (a command-line daily run).
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    AuthenticationManager authenticationManager(StaffUsers users, SignInThrottle throttle, PasswordEncoder passwords) {
        return new ProviderManager(new StaffSignIn(users, throttle, passwords));
    }
}
