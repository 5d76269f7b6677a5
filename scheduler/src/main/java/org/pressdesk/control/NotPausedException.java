package org.pressdesk.control;

import java.util.List;
import org.pressdesk.system.OfficeTime;
import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** Resuming a scope that is not paused: refused, naming what is paused. */
public class NotPausedException extends ProblemException {

    NotPausedException(String scope, Pause everything, List<Pause> paused, OfficeTime time) {
        super(HttpStatus.CONFLICT, "not-paused", "Not paused", detail(scope, everything, paused, time));
    }

    private static String detail(String scope, Pause everything, List<Pause> paused, OfficeTime time) {
        String name = scope.equals(Pause.ALL) ? "all" : scope;
        if (everything != null) {
            return "'" + name + "' is not paused on its own; everything is paused (since "
                    + time.show(everything.pausedAt()) + " by " + everything.pausedBy() + "): resume 'all'";
        }
        return "'" + name + "' is not paused; paused now: "
                + (paused.isEmpty() ? "nothing" : paused.stream().map(Pause::scopeName).toList());
    }
}
