package org.pressdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.pressdesk.staff.ApiTokens;
import org.pressdesk.staff.StaffUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer pd_…}: the person a live personal API token belongs to, for this request only.
 * A token that is unknown, revoked or of a disabled person is answered 401 at once; a request without one
 * goes on (a browser session may still be signed in). The public health check is never looked up, so it
 * answers even while the database does not.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint unauthenticated;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint unauthenticated, ProblemResponses problems) {
        this.tokens = tokens;
        this.unauthenticated = unauthenticated;
        this.problems = problems;
    }

    static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !carriesToken(request) || AccessRules.isPublic(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
        Optional<StaffUser> owner;
        try {
            owner = tokens.authenticate(presented);
        } catch (RuntimeException databaseDown) {
            log.warn("{} {}: could not look up an API token: {}", request.getMethod(), request.getRequestURI(),
                    databaseDown.toString());
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
                    "The database did not answer, so the request was not carried out; try again in a moment");
            return;
        }
        if (owner.isEmpty()) {
            SecurityContextHolder.clearContext();
            unauthenticated.commence(request, response, new BadCredentialsException("unknown or revoked token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(StaffAuthentication.of(owner.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
