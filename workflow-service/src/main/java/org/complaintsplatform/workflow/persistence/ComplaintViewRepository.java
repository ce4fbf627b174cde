package org.complaintsplatform.workflow.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ComplaintList;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ComplaintStatus;
import org.complaintsplatform.workflow.api.ComplaintSummary.TimelineEntry;
import org.complaintsplatform.workflow.api.ComplaintSummary;
import org.complaintsplatform.workflow.api.ConsentGiver;
import org.complaintsplatform.workflow.api.ContactPreference;
import org.complaintsplatform.workflow.api.Correspondence;
import org.complaintsplatform.workflow.api.DueDate;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.complaintsplatform.workflow.api.InformationSharing;
import org.complaintsplatform.workflow.api.ListComplaints;
import org.complaintsplatform.workflow.api.NamedAdvocate;
import org.complaintsplatform.workflow.api.Route;
import org.complaintsplatform.workflow.api.Strictness;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code complaint_view} and {@code complaint_timeline_entry}. The view holds the complainant's
 * name and contact details in the clear, for letters, until retention erases them.
 */
@Repository
public class ComplaintViewRepository {

    private final JdbcClient jdbc;

    public ComplaintViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new complaint, with the complainant's details as unsealed (null where absent or already erased). */
    public void insert(ComplaintReceived complaint, @Nullable String name, @Nullable String email,
                       @Nullable String postalAddress) {
        jdbc.sql("""
                INSERT INTO complaint_view (complaint_id, tenant_id, reference, status, feedback_type, route, received_on,
                    acknowledgement_due_on, anonymous, complainant_name, email, postal_address, preferred_contact,
                    profile_id, profile_version)
                VALUES (:id, :tenant, :reference, :status, :feedbackType, :route, :receivedOn, :ackDue, :anonymous,
                    :name, :email, :postalAddress, :preferredContact, :profileId, :profileVersion)""")
                .param("id", complaint.complaintId().value())
                .param("tenant", complaint.tenantId())
                .param("reference", complaint.reference())
                .param("status", ComplaintStatus.RECEIVED.name())
                .param("feedbackType", complaint.feedbackType().name())
                .param("route", complaint.route().name())
                .param("receivedOn", Date.valueOf(complaint.receivedOn()))
                .param("ackDue", complaint.acknowledgementDueOn() == null ? null : Date.valueOf(complaint.acknowledgementDueOn()))
                .param("anonymous", complaint.anonymous())
                .param("name", name)
                .param("email", email)
                .param("postalAddress", postalAddress)
                .param("preferredContact", complaint.complainant().preferredContact().name())
                .param("profileId", complaint.profileId())
                .param("profileVersion", complaint.profileVersion())
                .update();
    }

    /** The complaint was closed or withdrawn on that day: its retention counts from there. */
    public void markFinished(ComplaintId complaintId, LocalDate finishedOn) {
        jdbc.sql("UPDATE complaint_view SET finished_on = :on WHERE complaint_id = :id")
                .param("on", Date.valueOf(finishedOn))
                .param("id", complaintId.value())
                .update();
    }

    /** Clears the complainant's name and contact details for good, recording when and under which rule. */
    public void erasePersonalData(ComplaintId complaintId, LocalDate erasedOn, String rule) {
        jdbc.sql("""
                UPDATE complaint_view SET complainant_name = NULL, email = NULL, postal_address = NULL,
                    advocate_name = NULL, advocate_email = NULL, advocate_telephone = NULL, advocate_postal_address = NULL,
                    accessibility_needs = NULL, personal_data_erased_on = :on, erasure_rule = :rule
                WHERE complaint_id = :id""")
                .param("on", Date.valueOf(erasedOn))
                .param("rule", rule)
                .param("id", complaintId.value())
                .update();
    }

    /** A closed or withdrawn complaint whose personal data are still held, with what its retention depends on. */
    public record FinishedComplaint(ComplaintId complaintId, String tenantId, String profileId, int profileVersion,
                                    LocalDate finishedOn) {
    }

    /** Every closed or withdrawn complaint whose personal data have not been erased, the longest finished first. */
    public List<FinishedComplaint> finishedWithPersonalData() {
        return jdbc.sql("""
                SELECT complaint_id, tenant_id, profile_id, profile_version, finished_on FROM complaint_view
                WHERE finished_on IS NOT NULL AND personal_data_erased_on IS NULL AND profile_id IS NOT NULL
                ORDER BY finished_on, complaint_id""")
                .query((rs, n) -> new FinishedComplaint(new ComplaintId(rs.getObject("complaint_id", UUID.class)),
                        rs.getString("tenant_id"), rs.getString("profile_id"), rs.getInt("profile_version"),
                        rs.getDate("finished_on").toLocalDate()))
                .list();
    }

    public void updateStatus(ComplaintId complaintId, ComplaintStatus status, int stage) {
        jdbc.sql("UPDATE complaint_view SET status = :status, stage = :stage WHERE complaint_id = :id")
                .param("status", status.name())
                .param("stage", stage)
                .param("id", complaintId.value())
                .update();
    }

    public void recordVersion(ComplaintId complaintId, long version) {
        jdbc.sql("UPDATE complaint_view SET version = :version WHERE complaint_id = :id")
                .param("version", version)
                .param("id", complaintId.value())
                .update();
    }

    public void updateStatusKeepingStage(ComplaintId complaintId, ComplaintStatus status) {
        jdbc.sql("UPDATE complaint_view SET status = :status WHERE complaint_id = :id")
                .param("status", status.name())
                .param("id", complaintId.value())
                .update();
    }

    /** Records clocks that started or moved; each replaces the clock of the same stage and step. */
    public void putDueDates(ComplaintId complaintId, List<DueDate> dueDates) {
        for (DueDate dueDate : dueDates) {
            jdbc.sql("""
                    INSERT INTO complaint_due_date (complaint_id, stage, step, due_on, strictness, rule)
                    VALUES (:id, :stage, :step, :dueOn, :strictness, :rule)
                    ON CONFLICT (complaint_id, stage, step) DO UPDATE SET due_on = EXCLUDED.due_on,
                        strictness = EXCLUDED.strictness, rule = EXCLUDED.rule""")
                    .param("id", complaintId.value())
                    .param("stage", dueDate.stage())
                    .param("step", dueDate.step())
                    .param("dueOn", Date.valueOf(dueDate.dueOn()))
                    .param("strictness", dueDate.strictness().name())
                    .param("rule", dueDate.rule())
                    .update();
        }
    }

    /** Stops the clocks of the complaint's current stage that an event met. */
    public void completeSteps(ComplaintId complaintId, List<String> steps) {
        if (!steps.isEmpty()) {
            jdbc.sql("""
                    DELETE FROM complaint_due_date WHERE complaint_id = :id AND step IN (:steps)
                    AND stage = (SELECT stage FROM complaint_view WHERE complaint_id = :id)""")
                    .param("id", complaintId.value())
                    .param("steps", steps)
                    .update();
        }
    }

    /** Stops every clock: the stage was answered, the complaint put on hold, withdrawn or closed. */
    public void clearDueDates(ComplaintId complaintId) {
        jdbc.sql("DELETE FROM complaint_due_date WHERE complaint_id = :id").param("id", complaintId.value()).update();
    }

    /** Acknowledging moves a just-received complaint on; a complaint further along keeps its status. */
    public void markAcknowledged(ComplaintId complaintId, LocalDate acknowledgedOn) {
        jdbc.sql("""
                UPDATE complaint_view SET acknowledged_on = :on,
                    status = CASE WHEN status = 'RECEIVED' THEN :status ELSE status END
                WHERE complaint_id = :id""")
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
        List<DueDate> dueDates = jdbc.sql("""
                SELECT stage, step, due_on, strictness, rule FROM complaint_due_date
                WHERE complaint_id = :id ORDER BY due_on, stage, step""")
                .param("id", complaintId.value())
                .query((rs, n) -> new DueDate(rs.getInt("stage"), rs.getString("step"), rs.getDate("due_on").toLocalDate(),
                        Strictness.valueOf(rs.getString("strictness")), rs.getString("rule")))
                .list();
        List<TimelineEntry> timeline = jdbc.sql("""
                SELECT occurred_at, event, description FROM complaint_timeline_entry
                WHERE complaint_id = :id ORDER BY occurred_at, seq""")
                .param("id", complaintId.value())
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("event"),
                        rs.getString("description")))
                .list();
        return jdbc.sql("SELECT * FROM complaint_view WHERE complaint_id = :id AND tenant_id = :tenant")
                .param("id", complaintId.value())
                .param("tenant", tenantId)
                .query((rs, n) -> new ComplaintSummary(complaintId, rs.getString("tenant_id"), rs.getString("reference"),
                        rs.getLong("version"), ComplaintStatus.valueOf(rs.getString("status")), rs.getInt("stage"),
                        FeedbackType.valueOf(rs.getString("feedback_type")),
                        Route.valueOf(rs.getString("route")), rs.getDate("received_on").toLocalDate(),
                        date(rs, "acknowledgement_due_on"), date(rs, "acknowledged_on"), informationSharing(rs),
                        new ComplaintSummary.ContactArrangements(rs.getString("advocate_organisation") != null
                                || rs.getString("advocate_name") != null, rs.getString("advocate_organisation"),
                                rs.getString("accessibility_needs") != null, rs.getString("language"),
                                rs.getBoolean("consent_to_share")),
                        dueDates, timeline))
                .optional();
    }

    /** The clocks the organisation must meet: the complainant's windows to ask for the next stage are theirs. */
    public List<ComplaintList.Entry> list(ListComplaints query) {
        return jdbc.sql("""
                        SELECT * FROM (
                            SELECT v.complaint_id, v.reference, v.status, v.stage, v.feedback_type, v.route, v.received_on,
                                   (SELECT min(d.due_on) FROM complaint_due_date d
                                    WHERE d.complaint_id = v.complaint_id AND d.step <> :window) AS next_due_on
                            FROM complaint_view v
                            WHERE v.tenant_id = :tenant
                              AND (CAST(:status AS text) IS NULL OR v.status = :status)
                              AND (CAST(:stage AS integer) IS NULL OR v.stage = :stage)) listed
                        WHERE NOT :overdueOnly OR next_due_on < :today
                        ORDER BY received_on, complaint_id
                        LIMIT :limit OFFSET :offset""")
                .param("window", DueDate.REQUEST_WINDOW)
                .param("tenant", query.tenantId())
                .param("status", query.status() == null ? null : query.status().name())
                .param("stage", query.stage())
                .param("overdueOnly", query.overdueOnly())
                .param("today", Date.valueOf(query.today()))
                .param("limit", query.limit())
                .param("offset", query.offset())
                .query((rs, n) -> {
                    LocalDate nextDueOn = date(rs, "next_due_on");
                    return new ComplaintList.Entry(new ComplaintId(rs.getObject("complaint_id", UUID.class)),
                            rs.getString("reference"), ComplaintStatus.valueOf(rs.getString("status")), rs.getInt("stage"),
                            FeedbackType.valueOf(rs.getString("feedback_type")), Route.valueOf(rs.getString("route")),
                            rs.getDate("received_on").toLocalDate(), nextDueOn,
                            nextDueOn != null && nextDueOn.isBefore(query.today()));
                })
                .list();
    }

    public Optional<Correspondence> findCorrespondence(String tenantId, ComplaintId complaintId) {
        return jdbc.sql("SELECT * FROM complaint_view WHERE complaint_id = :id AND tenant_id = :tenant")
                .param("id", complaintId.value())
                .param("tenant", tenantId)
                .query((rs, n) -> new Correspondence(complaintId, rs.getString("tenant_id"), rs.getString("reference"),
                        rs.getBoolean("anonymous"), rs.getString("complainant_name"), rs.getString("email"),
                        rs.getString("postal_address"), ContactPreference.valueOf(rs.getString("preferred_contact")),
                        date(rs, "personal_data_erased_on"),
                        InformationSharing.Level.BRIEF_UNTIL_CONSENT.name().equals(rs.getString("information_sharing")),
                        rs.getString("advocate_name") == null ? null : new NamedAdvocate(rs.getString("advocate_name"),
                                rs.getString("advocate_organisation"), rs.getString("advocate_email"),
                                rs.getString("advocate_telephone"), rs.getString("advocate_postal_address")),
                        rs.getString("accessibility_needs"), rs.getString("language")))
                .optional();
    }

    /** The advocate's person and the needs unsealed; {@code advocate} null when none was named. */
    public void recordContactArrangements(ComplaintId complaintId, @Nullable NamedAdvocate advocate,
                                          @Nullable String accessibilityNeeds, @Nullable String language,
                                          boolean consentToShare) {
        jdbc.sql("""
                UPDATE complaint_view SET advocate_name = :name, advocate_organisation = :organisation,
                    advocate_email = :email, advocate_telephone = :telephone, advocate_postal_address = :address,
                    accessibility_needs = :needs, language = :language, consent_to_share = :consent
                WHERE complaint_id = :id""")
                .param("name", advocate == null ? null : advocate.name())
                .param("organisation", advocate == null ? null : advocate.organisation())
                .param("email", advocate == null ? null : advocate.email())
                .param("telephone", advocate == null ? null : advocate.telephone())
                .param("address", advocate == null ? null : advocate.postalAddress())
                .param("needs", accessibilityNeeds)
                .param("language", language)
                .param("consent", consentToShare)
                .param("id", complaintId.value())
                .update();
    }

    public void restrictInformationSharing(ComplaintId complaintId, String rule) {
        jdbc.sql("UPDATE complaint_view SET information_sharing = :level, information_sharing_rule = :rule WHERE complaint_id = :id")
                .param("level", InformationSharing.Level.BRIEF_UNTIL_CONSENT.name())
                .param("rule", rule)
                .param("id", complaintId.value())
                .update();
    }

    public void recordSharingConsent(ComplaintId complaintId, ConsentGiver givenBy) {
        jdbc.sql("UPDATE complaint_view SET information_sharing = :level, sharing_consent_given_by = :givenBy WHERE complaint_id = :id")
                .param("level", InformationSharing.Level.CONSENTED.name())
                .param("givenBy", givenBy.name())
                .param("id", complaintId.value())
                .update();
    }

    private static InformationSharing informationSharing(ResultSet rs) throws SQLException {
        String givenBy = rs.getString("sharing_consent_given_by");
        return new InformationSharing(InformationSharing.Level.valueOf(rs.getString("information_sharing")),
                rs.getString("information_sharing_rule"), givenBy == null ? null : ConsentGiver.valueOf(givenBy));
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
