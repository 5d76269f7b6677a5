package org.pressdesk.post;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.pressdesk.connector.PublishException;
import org.pressdesk.content.ContentKind;
import org.pressdesk.system.OfficeTime;

/** What the post API returns; times are in the office's zone. */
final class PostViews {

    private PostViews() {
    }

    record PostView(long id, ContentKind kind, String title, String body, String language, PostSource source,
                    PostFields fields, URI link, String author, OffsetDateTime createdAt, List<TargetView> targets,
                    Long correctsPostId) {

        static PostView of(Post post, OfficeTime time) {
            return new PostView(post.id(), post.kind(), post.title(), post.body(), post.language().tag(),
                    post.source(), post.fields(), post.link(), post.author(), time.show(post.createdAt()),
                    post.targets().stream().map(target -> TargetView.of(target, time)).toList(),
                    post.correctsPostId());
        }
    }

    record TargetView(long id, String channel, TargetState state, OffsetDateTime scheduledAt,
                      OffsetDateTime nextAttemptAt, int attempts, ErrorView lastError, ReceiptView receipt) {

        static TargetView of(PublishTarget target, OfficeTime time) {
            return new TargetView(target.id(), target.channelId(), target.state(), time.show(target.scheduledAt()),
                    time.show(target.nextAttemptAt()), target.attempts(),
                    target.lastError() == null ? null
                            : new ErrorView(target.lastError().category(), target.lastError().message()),
                    target.receipt() == null ? null : new ReceiptView(target.receipt().remoteId(),
                            target.receipt().url(), time.show(target.receipt().publishedAt())));
        }
    }

    record ErrorView(PublishException.Category category, String message) {
    }

    record ReceiptView(String remoteId, String url, OffsetDateTime publishedAt) {
    }

    /** When {@code totalCapped}, there are at least {@code totalElements} posts (and pages), perhaps more. */
    record PageView(List<PostView> content, int page, int size, long totalElements, int totalPages,
                    boolean totalCapped) {

        static PageView of(PostPage page, OfficeTime time) {
            return new PageView(page.posts().stream().map(post -> PostView.of(post, time)).toList(), page.page(),
                    page.size(), page.totalElements(), page.totalPages(), page.totalCapped());
        }
    }

    record TransitionView(long targetId, String actor, OffsetDateTime occurredAt, TargetState from, TargetState to,
                          String reason) {

        static TransitionView of(TargetTransition transition, OfficeTime time) {
            return new TransitionView(transition.targetId(), transition.actor(), time.show(transition.occurredAt()),
                    transition.from(), transition.to(), transition.reason());
        }
    }
}
