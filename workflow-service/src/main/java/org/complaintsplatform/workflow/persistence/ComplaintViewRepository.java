package org.complaintsplatform.workflow.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ComplaintStatus;
import org.complaintsplatform.workflow.api.ComplaintSummary;
import org.complaintsplatform.workflow.api.ComplaintSummary.TimelineEntry;
import org.complaintsplatform.workflow.api.ContactPreference;
import org.complaintsplatform.workflow.api.Correspondence;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.complaintsplatform.workflow.api.Route;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code complaint_view} and {@code complaint_timeline_entry}. */
@Repository
public class ComplaintViewRepository {

    private final JdbcClient jdbc;

    public ComplaintViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ComplaintReceived complaint) {
        jdbc.sql("""
                INSERT INTO complaint_view (complaint_id, tenant_id, reference, status, feedback_type, route, received_on,
                    acknowledgement_due_on, anonymous, complainant_name, email, postal_address, preferred_contact)
                VALUES (:id, :tenant, :reference, :status, :feedbackType, :route, :receivedOn, :ackDue, :anonymous,
                    :name, :email, :postalAddress, :preferredContact)""")
                .param("id", complaint.complaintId().value())
                .param("tenant", complaint.tenantId())
                .param("reference", complaint.reference())
                .param("status", ComplaintStatus.RECEIVED.name())
                .param("feedbackType", complaint.feedbackType().name())
                .param("route", complaint.route().name())
                .param("receivedOn", Date.valueOf(complaint.receivedOn()))
                .param("ackDue", complaint.acknowledgementDueOn() == null ? null : Date.valueOf(complaint.acknowledgementDueOn()))
                .param("anonymous", complaint.anonymous())
                .param("name", complaint.complainant().name())
                .param("email", complaint.complainant().email())
                .param("postalAddress", complaint.complainant().postalAddress())
                .param("preferredContact", complaint.complainant().preferredContact().name())
                .update();
    }

    public void markAcknowledged(ComplaintId complaintId, LocalDate acknowledgedOn) {
        jdbc.sql("UPDATE complaint_view SET status = :status, acknowledged_on = :on WHERE complaint_id = :id")
                .param("status", ComplaintStatus.ACKNOWLEDGED.name())
                .param("on", Date.valueOf(acknowledgedOn))
                .param("id", complaintId.value())
                .update();
    }

    public void appendTimeline(String eventId, ComplaintId complaintId, Instant occurredAt, String event, String description) {
        jdbc.sql("""
                INSERT INTO complaint_timeline_entry (event_id, complaint_id, occurred_at, event, description)
                VALUES (:eventId, :id, :at, :event, :description) ON CONFLICT (event_id) DO NOTHING""")
                .param("eventId", eventId)
                .param("id", complaintId.value())
                .param("at", Timestamp.from(occurredAt))
                .param("event", event)
                .param("description", description)
                .update();
    }

    public Optional<ComplaintSummary> findSummary(String tenantId, ComplaintId complaintId) {
        List<TimelineEntry> timeline = jdbc.sql("""
                SELECT occurred_at, event, description FROM complaint_timeline_entry
                WHERE complaint_id = :id ORDER BY occurred_at, event_id""")
                .param("id", complaintId.value())
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("event"),
                        rs.getString("description")))
                .list();
        return jdbc.sql("SELECT * FROM complaint_view WHERE complaint_id = :id AND tenant_id = :tenant")
                .param("id", complaintId.value())
                .param("tenant", tenantId)
                .query((rs, n) -> new ComplaintSummary(complaintId, rs.getString("tenant_id"), rs.getString("reference"),
                        ComplaintStatus.valueOf(rs.getString("status")), FeedbackType.valueOf(rs.getString("feedback_type")),
                        Route.valueOf(rs.getString("route")), rs.getDate("received_on").toLocalDate(),
                        date(rs, "acknowledgement_due_on"), date(rs, "acknowledged_on"), timeline))
                .optional();
    }

    public Optional<Correspondence> findCorrespondence(String tenantId, ComplaintId complaintId) {
        return jdbc.sql("SELECT * FROM complaint_view WHERE complaint_id = :id AND tenant_id = :tenant")
                .param("id", complaintId.value())
                .param("tenant", tenantId)
                .query((rs, n) -> new Correspondence(complaintId, rs.getString("tenant_id"), rs.getString("reference"),
                        rs.getBoolean("anonymous"), rs.getString("complainant_name"), rs.getString("email"),
                        rs.getString("postal_address"), ContactPreference.valueOf(rs.getString("preferred_contact"))))
                .optional();
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
