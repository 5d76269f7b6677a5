package org.pressdesk.security;

import java.util.List;
import org.pressdesk.staff.StaffRole;
import org.pressdesk.staff.StaffUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A signed-in person as Spring Security holds them: the principal is the normalised username. */
final class StaffAuthentication {

    private StaffAuthentication() {
    }

    static Authentication of(StaffUser user) {
        List<SimpleGrantedAuthority> authorities = user.roles().stream().sorted().map(StaffRole::authority)
                .map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user.username(), null, authorities);
    }
}
