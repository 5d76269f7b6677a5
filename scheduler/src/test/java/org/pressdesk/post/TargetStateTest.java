package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pressdesk.post.TargetState.APPROVED;
import static org.pressdesk.post.TargetState.CANCELLED;
import static org.pressdesk.post.TargetState.DRAFT;
import static org.pressdesk.post.TargetState.FAILED;
import static org.pressdesk.post.TargetState.HELD;
import static org.pressdesk.post.TargetState.OUTCOME_UNKNOWN;
import static org.pressdesk.post.TargetState.PUBLISHED;
import static org.pressdesk.post.TargetState.PUBLISHING;
import static org.pressdesk.post.TargetState.SCHEDULED;
import static org.pressdesk.post.TargetState.SUBMITTED;
import static org.pressdesk.post.TargetState.WITHDRAWAL_FAILED;
import static org.pressdesk.post.TargetState.WITHDRAWING;
import static org.pressdesk.post.TargetState.WITHDRAWN;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TargetStateTest {

    @Test
    void followsTheApprovalPathToPublication() {
        assertThat(DRAFT.canMoveTo(SUBMITTED)).isTrue();
        assertThat(SUBMITTED.canMoveTo(APPROVED)).isTrue();
        assertThat(APPROVED.canMoveTo(SCHEDULED)).isTrue();
        assertThat(SCHEDULED.canMoveTo(PUBLISHING)).isTrue();
        assertThat(PUBLISHING.next()).containsExactlyInAnyOrder(SCHEDULED, PUBLISHED, FAILED, OUTCOME_UNKNOWN);
    }

    @Test
    void aScheduledTargetCanBeSettledWithoutBeingSentAgain() {
        assertThat(SCHEDULED.next()).containsExactlyInAnyOrder(SCHEDULED, PUBLISHING, FAILED, OUTCOME_UNKNOWN,
                CANCELLED, HELD);
    }

    @Test
    void aTargetHeldBackAfterAPauseIsReleasedByAPersonReschedulingOrCancellingIt() {
        assertThat(HELD.next()).containsExactlyInAnyOrder(SCHEDULED, CANCELLED);
        assertThat(HELD.isReschedulable()).isTrue();
        assertThat(EnumSet.complementOf(EnumSet.of(SCHEDULED)))
                .allSatisfy(state -> assertThat(state.canMoveTo(HELD)).as(state.name()).isFalse());
    }

    @Test
    void cannotSkipApproval() {
        assertThat(DRAFT.canMoveTo(APPROVED)).isFalse();
        assertThat(DRAFT.canMoveTo(SCHEDULED)).isFalse();
        assertThat(SUBMITTED.canMoveTo(SCHEDULED)).isFalse();
        assertThat(SUBMITTED.canMoveTo(PUBLISHING)).isFalse();
    }

    @Test
    void cannotCancelWhatIsInFlightOrDone() {
        assertThat(PUBLISHING.canMoveTo(CANCELLED)).isFalse();
        assertThat(PUBLISHED.canMoveTo(CANCELLED)).isFalse();
        assertThat(EnumSet.of(DRAFT, SUBMITTED, APPROVED, SCHEDULED, FAILED, OUTCOME_UNKNOWN))
                .allSatisfy(state -> assertThat(state.canMoveTo(CANCELLED)).as(state.name()).isTrue());
    }

    @Test
    void anUnknownOutcomeIsSettledByPublishedResendCancelOrFailedOrStaysUnknownUntilItIsChecked() {
        assertThat(OUTCOME_UNKNOWN.next()).containsExactlyInAnyOrder(PUBLISHED, SCHEDULED, CANCELLED, FAILED,
                OUTCOME_UNKNOWN);
    }

    @Test
    void withdrawnAndCancelledAreFinal() {
        assertThat(WITHDRAWN.isFinal()).isTrue();
        assertThat(CANCELLED.isFinal()).isTrue();
        assertThat(FAILED.isFinal()).isFalse();
        assertThat(PUBLISHED.isFinal()).isFalse();
    }

    @Test
    void aPublishedTargetCanOnlyBeWithdrawn() {
        assertThat(PUBLISHED.next()).containsExactly(WITHDRAWING);
    }

    @Test
    void aWithdrawalEndsWithdrawnOrFailedOrIsTriedAgain() {
        assertThat(WITHDRAWING.next()).containsExactlyInAnyOrder(WITHDRAWN, WITHDRAWAL_FAILED, WITHDRAWING);
        assertThat(WITHDRAWAL_FAILED.next()).containsExactly(WITHDRAWING);
    }

    @ParameterizedTest
    @EnumSource(TargetState.class)
    void onlyWhatMayBeOnTheChannelStartsAWithdrawal(TargetState state) {
        // FAILED: a thread that failed half-way
        assertThat(state.canMoveTo(WITHDRAWING))
                .isEqualTo(EnumSet.of(PUBLISHED, FAILED, WITHDRAWING, WITHDRAWAL_FAILED).contains(state));
    }

    @ParameterizedTest
    @EnumSource(TargetState.class)
    void onlyStatesBeforePublishingOrAFailureCanBeRescheduled(TargetState state) {
        boolean expected = EnumSet.of(DRAFT, SUBMITTED, APPROVED, SCHEDULED, FAILED, HELD).contains(state);
        assertThat(state.isReschedulable()).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(TargetState.class)
    void noStateLeadsBackToDraftExceptAReturnedSubmission(TargetState state) {
        assertThat(state.canMoveTo(DRAFT)).isEqualTo(state == SUBMITTED);
    }
}
