package org.complaintsplatform.notification.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.contracts.complaint.Strictness;
import org.complaintsplatform.contracts.deadline.DeadlineMissed;
import org.complaintsplatform.procedures.Procedures;
import org.junit.jupiter.api.Test;

/** A reminder names its clock in words, the clocks outside a stage's steps included. */
class StaffRemindersTest {

    private final StaffReminders reminders = new StaffReminders(Procedures.loadDefault());

    @Test
    void aMissedLearningMeetingIsNamedAfterTheStageItFollows() {
        assertThat(clockOf(2, "LEARNING_MEETING")).isEqualTo("learning meeting after the Stage Two (Formal Investigation) response");
    }

    @Test
    void aMissedMeasureReviewIsNamedWithoutItsId() {
        assertThat(clockOf(0, "MEASURE_REVIEW:" + UUID.randomUUID())).isEqualTo("review of an unreasonable-behaviour measure");
    }

    private Object clockOf(int stage, String step) {
        return reminders.orderFor(new DeadlineMissed("telford-wrekin", UUID.randomUUID(), Instant.parse("2027-04-09T00:15:00Z"),
                        UUID.randomUUID(), stage, step, Strictness.LIMIT, "telford-wrekin-v1#learning.meeting",
                        LocalDate.of(2027, 4, 8)), "test")
                .orElseThrow().facts().get("clock");
    }
}
