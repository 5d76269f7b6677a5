package org.pressdesk.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what, in one place. Roles: EDITOR (compose, queue, submit, return, reschedule, cancel, correct,
 * withdraw, resolve, enter figures), APPROVER (approve, send back), ADMIN (users, tokens, channels, templates,
 * pausing; starting or restarting a daily run as editors can). Reading needs any role. Only the health check and what the sign-in page needs are public.
 * The same rules guard the REST API and the pages' form posts.
 */
final class AccessRules {

    static final String EDITOR = "EDITOR";
    static final String APPROVER = "APPROVER";
    static final String ADMIN = "ADMIN";
    private static final String[] ANY_ROLE = {EDITOR, APPROVER, ADMIN};

    private AccessRules() {
    }

    /** Answered to anyone, signed in or not. */
    static boolean isPublic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    /** {@code /api/**} and {@code /actuator/**}. */
    static void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // people and their tokens
                .requestMatchers("/api/users", "/api/users/**").hasRole(ADMIN)
                // approval: the four-eyes rule (PostWorkflow) then keeps an approver off their own post
                .requestMatchers(POST, "/api/posts/*/approve").hasRole(APPROVER)
                .requestMatchers(POST, "/api/posts/*/return").hasAnyRole(EDITOR, APPROVER)
                .requestMatchers(POST, "/api/posts", "/api/posts/**").hasRole(EDITOR)
                // emergency stop, channels and their credentials, templates
                .requestMatchers(POST, "/api/control/**").hasRole(ADMIN)
                .requestMatchers(POST, "/api/templates/*/*/*/preview").hasAnyRole(ANY_ROLE)
                .requestMatchers(writes("/api/templates/**")).hasRole(ADMIN)
                .requestMatchers(writes("/api/channels/**")).hasRole(ADMIN)
                // daily runs and the figures behind the reports
                .requestMatchers(writes("/api/runs/**")).hasAnyRole(EDITOR, ADMIN)
                .requestMatchers(writes("/api/runs")).hasAnyRole(EDITOR, ADMIN)
                .requestMatchers(writes("/api/office-figures/**")).hasRole(EDITOR)
                .requestMatchers(writes("/api/metrics/**")).hasRole(EDITOR)
                .requestMatchers(writes("/api/reports/**")).hasRole(EDITOR)
                .requestMatchers(writes("/api/**")).hasRole(ADMIN)
                // reading: the API, its OpenAPI document, metrics
                .anyRequest().hasAnyRole(ANY_ROLE);
    }

    /** The pages. Other helpers' page controllers post to these paths; a URL rule on each is enough. */
    static void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/login", "/error", "/css/**", "/js/**", "/images/**", "/favicon.ico").permitAll()
                .requestMatchers("/account/**").authenticated()
                .requestMatchers("/admin/**").hasRole(ADMIN)
                .requestMatchers("/compose", "/compose/**").hasRole(EDITOR)
                .requestMatchers("/approvals", "/approvals/**").hasRole(APPROVER)
                .requestMatchers(POST, "/posts/*/approve").hasRole(APPROVER)
                .requestMatchers(POST, "/posts/*/return").hasAnyRole(EDITOR, APPROVER)
                .requestMatchers(writes("/posts/**")).hasRole(EDITOR)
                .requestMatchers(writes("/calendar/**")).hasRole(EDITOR)
                .requestMatchers(writes("/runs")).hasAnyRole(EDITOR, ADMIN)
                .requestMatchers(writes("/runs/**")).hasAnyRole(EDITOR, ADMIN)
                .requestMatchers(writes("/channels/**")).hasRole(ADMIN)
                .requestMatchers(writes("/channels")).hasRole(ADMIN)
                .requestMatchers(writes("/templates/**")).hasRole(ADMIN)
                .requestMatchers(writes("/templates")).hasRole(ADMIN)
                .anyRequest().hasAnyRole(ANY_ROLE);
    }

    /** Any request that changes something at these paths. */
    private static RequestMatcher writes(String pattern) {
        List<RequestMatcher> matchers = new ArrayList<>();
        for (HttpMethod method : List.of(POST, PUT, PATCH, DELETE)) {
            matchers.add(PathPatternRequestMatcher.withDefaults().matcher(method, pattern));
        }
        return new OrRequestMatcher(matchers);
    }

}
