package org.pressdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import org.pressdesk.staff.ApiTokens;
import org.pressdesk.staff.StaffUsers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains. {@code /api/**} and {@code /actuator/**}: a personal API token as bearer (no session, no
 * CSRF token needed), or the signed-in browser session of the pages (their JavaScript may call the API; such a
 * request must carry the CSRF token); refusals as problem+json. Everything else: the pages, with form sign-in at
 * {@code /login}, sessions and CSRF on every form. What each role may do: {@link AccessRules}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        RequestMatcher sessionWrites = request -> !BearerTokenFilter.carriesToken(request) && !isRead(request);
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(AccessRules::api)
                .addFilterBefore(new BearerTokenFilter(tokens, problems.unauthenticated(), problems),
                        BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(sessionWrites))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, StaffUsers users) throws Exception {
        http.authorizeHttpRequests(AccessRules::pages)
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(new SignedIn(users))
                        .failureHandler(new SignInFailed()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
                .headers(headers -> headers.frameOptions(frame -> frame.deny()));
        return http.build();
    }

    private static boolean isRead(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())
                || HttpMethod.OPTIONS.matches(request.getMethod()) || HttpMethod.TRACE.matches(request.getMethod());
    }
}
