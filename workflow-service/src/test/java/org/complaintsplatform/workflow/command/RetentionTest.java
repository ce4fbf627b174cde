package org.complaintsplatform.workflow.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintsplatform.workflow.command.ComplaintMother.ID;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.workflow.api.ComplaintClosed;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ComplaintWithdrawn;
import org.complaintsplatform.workflow.api.ErasePersonalData;
import org.complaintsplatform.workflow.api.Finding;
import org.complaintsplatform.workflow.api.Outcome;
import org.complaintsplatform.workflow.api.PersonalDataErased;
import org.complaintsplatform.workflow.api.RespondToStage;
import org.complaintsplatform.workflow.api.StageResponded;
import org.complaintsplatform.workflow.api.WithdrawComplaint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Core Assets: "The written record ... will be retained for at least three years from the close of the complaint
 * process" (CA-A8). The record is kept to the end of that day, London time, and erased from the next; profiles
 * that state no retention keep it until a manager decides.
 */
class RetentionTest {

    private static final String CA = "core-assets";
    private static final String RULE = "core-assets-v1#retention";
    private static final List<Finding> FINDINGS = List.of(new Finding(1, Outcome.PARTLY_UPHELD));

    private AggregateTestFixture<Complaint> fixture;
    private final LabellingKeys keys = new LabellingKeys();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(new DueDates(Procedures.loadDefault()));
        fixture.registerInjectableResource(keys);
    }

    private static ComplaintReceived received(String tenantId) {
        return ComplaintMother.received(tenantId, Instant.parse("2026-12-22T16:45:00Z"), LocalDate.of(2026, 12, 22), null);
    }

    private static StageResponded responded(String tenantId, String on) {
        return new StageResponded(ID, tenantId, Instant.parse(on + "T12:00:00Z"), LocalDate.parse(on), 1, FINDINGS, null, null);
    }

    private static ComplaintClosed closed(String tenantId, String on) {
        return new ComplaintClosed(ID, tenantId, Instant.parse(on + "T15:00:00Z"), LocalDate.parse(on), 1, FINDINGS);
    }

    private static PersonalDataErased erased() {
        return new PersonalDataErased(ID, CA, Instant.parse("2030-01-15T03:15:00Z"), LocalDate.of(2030, 1, 15),
                LocalDate.of(2030, 1, 14), RULE);
    }

    /** Closed Thu 14 January 2027: kept through Mon 14 January 2030, erased from Tue 15 January 2030. */
    @Test
    void coreAssetsErasesPersonalDataTheDayAfterThreeYearsFromClosureAndDestroysTheKey() {
        Instant erasedAt = Instant.parse("2030-01-15T03:15:00Z");
        fixture.given(received(CA), responded(CA, "2027-01-12"), closed(CA, "2027-01-14"))
                .when(new ErasePersonalData(ID, erasedAt))
                .expectEvents(new PersonalDataErased(ID, CA, erasedAt, LocalDate.of(2030, 1, 15), LocalDate.of(2030, 1, 14), RULE));
        assertThat(keys.destroyed(ID)).isTrue();
    }

    @Test
    void recordIsKeptToTheEndOfTheLastDayOfRetention() {
        fixture.given(received(CA), responded(CA, "2027-01-12"), closed(CA, "2027-01-14"))
                .when(new ErasePersonalData(ID, Instant.parse("2030-01-14T23:30:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(allOf(containsString("RETENTION_NOT_ENDED"), containsString("2030-01-14")));
        assertThat(keys.destroyed(ID)).isFalse();
    }

    /** Closed Wed 30 June 2027, kept through Sun 30 June 2030: 23:30 UTC that night is already 1 July in London. */
    @Test
    void retentionEndsAtMidnightLondonTimeNotUtc() {
        Instant erasedAt = Instant.parse("2030-06-30T23:30:00Z");
        fixture.given(received(CA), responded(CA, "2027-06-28"), closed(CA, "2027-06-30"))
                .when(new ErasePersonalData(ID, erasedAt))
                .expectEvents(new PersonalDataErased(ID, CA, erasedAt, LocalDate.of(2030, 7, 1), LocalDate.of(2030, 6, 30), RULE));
    }

    /** Three years from Tue 29 February 2028 end on Fri 28 February 2031, as 2031 has no 29 February. */
    @Test
    void complaintClosedOnALeapDayIsKeptToTheTwentyEighthOfFebruary() {
        fixture.given(received(CA), responded(CA, "2028-02-28"), closed(CA, "2028-02-29"))
                .when(new ErasePersonalData(ID, Instant.parse("2031-02-28T12:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(allOf(containsString("RETENTION_NOT_ENDED"), containsString("kept until 2031-02-28")));
    }

    /** A withdrawal closes the complaint process too: Mon 1 March 2027 kept through Fri 1 March 2030. */
    @Test
    void withdrawnComplaintIsKeptForTheRetentionFromItsWithdrawal() {
        Instant erasedAt = Instant.parse("2030-03-02T09:00:00Z");
        fixture.given(received(CA), new ComplaintWithdrawn(ID, CA, Instant.parse("2027-03-01T10:00:00Z"),
                        LocalDate.of(2027, 3, 1), 1, LabellingKeys.sealed(ID, "resolved informally")))
                .when(new ErasePersonalData(ID, erasedAt))
                .expectEvents(new PersonalDataErased(ID, CA, erasedAt, LocalDate.of(2030, 3, 2), LocalDate.of(2030, 3, 1), RULE));
    }

    @Test
    void openComplaintKeepsItsPersonalData() {
        fixture.given(received(CA), responded(CA, "2027-01-12"))
                .when(new ErasePersonalData(ID, Instant.parse("2040-01-01T09:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("COMPLAINT_NOT_FINISHED"));
    }

    /** Cambridgeshire's procedure states no retention period: its records wait for a manager's decision. */
    @Test
    void profileWithoutARetentionPeriodKeepsTheRecordUntilAManagerDecides() {
        fixture.given(received("cambridgeshire"), responded("cambridgeshire", "2027-01-12"), closed("cambridgeshire", "2027-01-14"))
                .when(new ErasePersonalData(ID, Instant.parse("2040-01-01T09:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("NO_RETENTION_PERIOD"));
    }

    @Test
    void personalDataAreErasedOnceAndASecondErasureChangesNothing() {
        fixture.given(received(CA), responded(CA, "2027-01-12"), closed(CA, "2027-01-14"), erased())
                .when(new ErasePersonalData(ID, Instant.parse("2030-01-16T03:15:00Z")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** Every rule holds without the personal data: the aggregate never needed them, and seals nothing new. */
    @Test
    void erasedComplaintStillRefusesWhatAClosedComplaintRefuses() {
        keys.destroy(ID);
        fixture.given(received(CA), responded(CA, "2027-01-12"), closed(CA, "2027-01-14"), erased())
                .when(new WithdrawComplaint(ID, Instant.parse("2030-02-01T10:00:00Z"), "changed my mind"))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("COMPLAINT_CLOSED"));
    }

    @Test
    void erasedComplaintCannotBeRespondedToAgain() {
        fixture.given(received(CA), responded(CA, "2027-01-12"), closed(CA, "2027-01-14"), erased())
                .when(new RespondToStage(ID, 1, Instant.parse("2030-02-01T10:00:00Z"), FINDINGS))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("COMPLAINT_CLOSED"));
    }
}
