package org.complaintsplatform.workflow.command;

import static org.complaintsplatform.workflow.command.ComplaintMother.ID;
import static org.complaintsplatform.workflow.command.ComplaintMother.due;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.workflow.api.ComplaintEscalated;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.DirectEscalationAgreed;
import org.complaintsplatform.workflow.api.EscalateByAgreement;
import org.complaintsplatform.workflow.api.Finding;
import org.complaintsplatform.workflow.api.Outcome;
import org.complaintsplatform.workflow.api.StageResponded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stage 1 left out by agreement, where the profile allows it, one rule per test. Complaints received Tue 22 December
 * 2026; the agreement on Wed 6 January 2027 (New Year's Day, Fri 1 January, is a bank holiday).
 */
class DirectEscalationTest {

    private static final Instant AGREED_AT = Instant.parse("2027-01-06T11:00:00Z");
    private static final LocalDate AGREED_ON = LocalDate.of(2027, 1, 6);

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(new DueDates(Procedures.loadDefault()));
        fixture.registerInjectableResource(new LabellingKeys());
    }

    private static ComplaintReceived received(String tenantId) {
        return ComplaintMother.received(tenantId, Instant.parse("2026-12-22T16:45:00Z"), LocalDate.of(2026, 12, 22), null,
                due(tenantId, 1, "RESPONSE", LocalDate.of(2027, 1, 8)));
    }

    /**
     * Cambridgeshire (CAM-A8 (a), CAM-A7 (a)): the Children's Complaints Manager passes a complex complaint directly to
     * Stage 2, whose 25 working days count from the accepted request: Thu 7 January to Wed 10 February 2027.
     */
    @Test
    void cambridgeshireManagerPassesAComplaintDirectlyToStageTwoAndItsClockStarts() {
        fixture.given(received("cambridgeshire"))
                .when(new EscalateByAgreement(ID, AGREED_AT, "particularly complex: four services involved"))
                .expectEvents(new DirectEscalationAgreed(ID, "cambridgeshire", AGREED_AT, AGREED_ON, 2,
                                LabellingKeys.sealed(ID, "particularly complex: four services involved"),
                                "cambridgeshire-v1#routes[STATUTORY_CHILDREN].directToStage2"),
                        new ComplaintEscalated(ID, "cambridgeshire", AGREED_AT, AGREED_ON, 1, 2,
                                List.of(due("cambridgeshire", 2, "RESPONSE", LocalDate.of(2027, 2, 10)))));
    }

    /**
     * Telford &amp; Wrekin: Stage One left out "subject to agreement between the complainant and the Customer Relationship
     * Team"; investigators are appointed within 5 working days of the request (Wed 13 January 2027) and the response
     * counts from the signed statement, not yet agreed.
     */
    @Test
    void telfordLeavesOutStageOneByAgreementAndStartsTheAppointmentClock() {
        fixture.given(received("telford-wrekin"))
                .when(new EscalateByAgreement(ID, AGREED_AT, "formal investigation asked for at the outset"))
                .expectEvents(new DirectEscalationAgreed(ID, "telford-wrekin", AGREED_AT, AGREED_ON, 2,
                                LabellingKeys.sealed(ID, "formal investigation asked for at the outset"),
                                "telford-wrekin-v1#routes[STATUTORY_CHILDREN].directToStage2"),
                        new ComplaintEscalated(ID, "telford-wrekin", AGREED_AT, AGREED_ON, 1, 2,
                                List.of(due("telford-wrekin", 2, "INVESTIGATOR_APPOINTMENT", LocalDate.of(2027, 1, 13)))));
    }

    /** BCP's guide says nothing about leaving out Stage 1. */
    @Test
    void procedureThatDoesNotAllowItKeepsStageOne() {
        fixture.given(received("bcp"))
                .when(new EscalateByAgreement(ID, AGREED_AT, "complex"))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("DIRECT_ESCALATION_NOT_OFFERED"));
    }

    /** After the Stage 1 response, the complainant asks for Stage 2 within its window instead. */
    @Test
    void answeredComplaintIsNotEscalatedByAgreement() {
        fixture.given(received("cambridgeshire"), new StageResponded(ID, "cambridgeshire", Instant.parse("2027-01-05T12:00:00Z"),
                        LocalDate.of(2027, 1, 5), 1, List.of(new Finding(1, Outcome.NOT_UPHELD)), LocalDate.of(2027, 1, 8), null))
                .when(new EscalateByAgreement(ID, AGREED_AT, "complex"))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("STAGE_ALREADY_RESPONDED"));
    }

    @Test
    void complaintAtStageTwoIsNotEscalatedByAgreementAgain() {
        fixture.given(received("cambridgeshire"), new ComplaintEscalated(ID, "cambridgeshire", AGREED_AT, AGREED_ON, 1, 2, List.of()))
                .when(new EscalateByAgreement(ID, AGREED_AT.plusSeconds(3600), "complex"))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("WRONG_STAGE"));
    }
}
