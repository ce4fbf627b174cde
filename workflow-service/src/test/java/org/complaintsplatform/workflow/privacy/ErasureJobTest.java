package org.complaintsplatform.workflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ErasePersonalData;
import org.complaintsplatform.workflow.command.DueDates;
import org.complaintsplatform.workflow.persistence.ComplaintViewRepository;
import org.complaintsplatform.workflow.persistence.ComplaintViewRepository.FinishedComplaint;
import org.junit.jupiter.api.Test;

/**
 * Which finished complaints the daily job erases, with the dates worked out by hand: Core Assets keeps a record
 * three years from its closure, to the end of that day in London; the other profiles state no retention.
 */
class ErasureJobTest {

    /** 03:15 GMT on Tue 15 January 2030 is 03:15 in London too: today is 15 January 2030. */
    private static final Instant RUN = Instant.parse("2030-01-15T03:15:00Z");

    private static final FinishedComplaint CLOSED_14_JANUARY_2027 = coreAssets(1, LocalDate.of(2027, 1, 14));
    private static final FinishedComplaint CLOSED_15_JANUARY_2027 = coreAssets(2, LocalDate.of(2027, 1, 15));
    private static final FinishedComplaint WITHDRAWN_1_DECEMBER_2026 = coreAssets(3, LocalDate.of(2026, 12, 1));
    private static final FinishedComplaint CLOSED_29_FEBRUARY_2028 = coreAssets(4, LocalDate.of(2028, 2, 29));
    private static final FinishedComplaint CAMBRIDGESHIRE_CLOSED_IN_2020 = new FinishedComplaint(id(5), "cambridgeshire",
            "cambridgeshire", 1, LocalDate.of(2020, 1, 6));

    private final ComplaintViewRepository views = mock(ComplaintViewRepository.class);
    private final CommandGateway commands = mock(CommandGateway.class);
    private final List<Object> sent = new ArrayList<>();
    private final ErasureJob job = new ErasureJob(views, new DueDates(Procedures.loadDefault()), commands, Clock.systemUTC());

    @Test
    void erasesExactlyTheComplaintsWhoseRetentionEndedBeforeToday() {
        when(views.finishedWithPersonalData()).thenReturn(List.of(WITHDRAWN_1_DECEMBER_2026, CLOSED_14_JANUARY_2027,
                CLOSED_15_JANUARY_2027, CLOSED_29_FEBRUARY_2028, CAMBRIDGESHIRE_CLOSED_IN_2020));
        recordCommands();

        List<ComplaintId> erased = job.erase(RUN);

        // Kept through Tue 1 December 2029 and Mon 14 January 2030: both ended. Kept through Tue 15 January 2030
        // and Fri 28 February 2031: not yet. Cambridgeshire states no retention: kept until a manager decides.
        assertThat(erased).containsExactly(WITHDRAWN_1_DECEMBER_2026.complaintId(), CLOSED_14_JANUARY_2027.complaintId());
        assertThat(sent).containsExactly(new ErasePersonalData(WITHDRAWN_1_DECEMBER_2026.complaintId(), RUN),
                new ErasePersonalData(CLOSED_14_JANUARY_2027.complaintId(), RUN));
    }

    /** 23:59 GMT on Mon 14 January 2030 is still 14 January, the last day of the record closed on 14 January 2027. */
    @Test
    void recordIsNotErasedOnTheLastDayOfItsRetention() {
        when(views.finishedWithPersonalData()).thenReturn(List.of(CLOSED_14_JANUARY_2027));
        recordCommands();

        assertThat(job.erase(Instant.parse("2030-01-14T23:59:00Z"))).isEmpty();
        assertThat(sent).isEmpty();
    }

    @Test
    void complaintThatCannotBeErasedNowIsLeftForTheNextRunWithoutHoldingUpTheOthers() {
        when(views.finishedWithPersonalData()).thenReturn(List.of(WITHDRAWN_1_DECEMBER_2026, CLOSED_14_JANUARY_2027));
        when(commands.sendAndWait(any())).thenAnswer(call -> {
            ErasePersonalData command = call.getArgument(0);
            if (command.complaintId().equals(WITHDRAWN_1_DECEMBER_2026.complaintId())) {
                throw new IllegalStateException("the database went away");
            }
            return null;
        });

        assertThat(job.erase(RUN)).containsExactly(CLOSED_14_JANUARY_2027.complaintId());
    }

    private void recordCommands() {
        when(commands.sendAndWait(any())).thenAnswer(call -> {
            sent.add(call.getArgument(0));
            return null;
        });
    }

    private static FinishedComplaint coreAssets(int n, LocalDate finishedOn) {
        return new FinishedComplaint(id(n), "core-assets", "core-assets", 1, finishedOn);
    }

    private static ComplaintId id(int n) {
        return new ComplaintId(UUID.fromString("00000000-0000-4000-8000-00000000000" + n));
    }
}
