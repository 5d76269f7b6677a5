package org.pressdesk.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.pressdesk.system.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records what an administrator did outside the post lifecycle, for the audit page: one call, e.g.
 * {@code adminActions.record(principal.getName(), "user.create", "李雷", "roles EDITOR, APPROVER")}.
 * Pauses, resumes and template saves and reverts are audited where they are stored and need no call here.
 */
@Component
public class AdminActions {

    private static final int ACTOR = 100;
    private static final int ACTION = 100;
    private static final int SUBJECT = 500;
    private static final int DETAIL = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    public AdminActions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param actor   who did it: the signed-in user's name
     * @param action  what, as a short stable code such as {@code user.create} or {@code channel.credentials}
     * @param subject to what or whom (a user name, a channel id); may be null
     * @param detail  anything worth keeping, never a secret; may be null
     */
    public void record(String actor, String action, String subject, String detail) {
        if (actor == null || actor.isBlank() || action == null || action.isBlank()) {
            throw new IllegalArgumentException("an admin action needs an actor and an action");
        }
        jdbc.sql("INSERT INTO admin_action (at, actor, action, subject, detail) VALUES (:at, :actor, :action, :subject, :detail)")
                .param("at", SqlTime.param(clock.instant()))
                .param("actor", cut(actor.strip(), ACTOR))
                .param("action", cut(action.strip(), ACTION))
                .param("subject", subject == null ? null : cut(subject.strip(), SUBJECT))
                .param("detail", detail == null ? null : cut(detail.strip(), DETAIL))
                .update();
    }

    /** The latest first, for the users page. */
    public List<AdminAction> latest(int limit) {
        return jdbc.sql("SELECT * FROM admin_action ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query((row, n) -> new AdminAction(row.getString("actor"), row.getString("action"),
                        row.getString("subject"), row.getString("detail"), SqlTime.read(row, "at")))
                .list();
    }

    /** One recorded action. */
    public record AdminAction(String actor, String action, String subject, String detail, Instant at) {
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, text.offsetByCodePoints(0,
                Math.min(text.codePointCount(0, text.length()), max - 1))) + "…";
    }
}
