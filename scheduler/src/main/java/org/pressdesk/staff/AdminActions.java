package org.pressdesk.staff;

import java.time.Instant;
import java.util.List;

/** What admins did to users and tokens: who, what, to whom, when. */
public interface AdminActions {

    void record(String actor, String action, String subject, String detail);

    /** The latest first. */
    List<AdminAction> latest(int limit);

    record AdminAction(String actor, String action, String subject, String detail, Instant at) {
    }
}
