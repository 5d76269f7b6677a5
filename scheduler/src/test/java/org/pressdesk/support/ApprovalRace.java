package org.pressdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What ten simultaneous approvals of one post must end in, on any database. */
public final class ApprovalRace {

    public static final int APPROVERS = 10;

    private ApprovalRace() {
    }

    /** One approval's answer: its status, content type and body. */
    public record Answer(int status, String contentType, String body) {

        /** A request that ended in an exception no handler answered. */
        public static Answer unhandled(Exception exception) {
            return new Answer(500, null, exception.toString());
        }

        boolean isProblem() {
            return contentType != null
                    && MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    /** Exactly one 200; nine 409 problem+json answers. */
    public static void assertOneWinner(List<Answer> answers) {
        assertThat(answers).hasSize(APPROVERS);
        assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() != 200)
                .hasSize(APPROVERS - 1)
                .allSatisfy(answer -> {
                    assertThat(answer.status()).as(answer.body()).isEqualTo(409);
                    assertThat(answer.isProblem()).as(answer.contentType()).isTrue();
                    assertThat(answer.body()).contains("\"status\":409").doesNotContain("Exception");
                });
    }

    /** Each target of the post was approved once: one APPROVED transition and one set of approved parts. */
    public static void assertApprovedOnce(JdbcClient jdbc, long postId) {
        List<Long> targets = jdbc.sql("SELECT id FROM publish_target WHERE post_id = :id").param("id", postId)
                .query(Long.class).list();
        assertThat(targets).as("the post's targets").isNotEmpty();
        for (long target : targets) {
            assertThat(jdbc.sql("""
                            SELECT COUNT(*) FROM target_transition WHERE target_id = :id AND to_state = 'APPROVED'""")
                    .param("id", target).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM approved_part WHERE target_id = :id")
                    .param("id", target).query(Long.class).single()).isEqualTo(1);
        }
    }
}
