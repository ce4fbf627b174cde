package org.complaintsplatform.intake.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Submissions stored before incident dates and circumstances existed read the same afterwards. */
class SubmissionMigrationIT {

    private static final String BEFORE = "202611241800";

    private final DataSource dataSource = dataSource("intake_migration_" + System.nanoTime());
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void oneDateAndLegalProceedingsBecomeADateListAndACircumstanceAndTheStoredTriageCountsFromThatDate() throws Exception {
        migrate(BEFORE);
        UUID late = insert("CAM-2026-000001", "2025-11-10", true, """
                {"outOfTime": true, "timeLimit": {"whatHappenedOn": "2025-11-10", "limitAmount": 12,
                 "limitUnit": "CALENDAR_MONTHS", "lastDayInTime": "2026-11-10", "receivedOn": "2026-12-22",
                 "daysLate": 42, "discretion": true}, "possibleExclusion": true, "exclusionGrounds": ["LEGAL_PROCEEDINGS"]}""");
        UUID undated = insert("CAM-2026-000002", null, false, """
                {"outOfTime": false, "timeLimit": null, "possibleExclusion": false, "exclusionGrounds": []}""");

        migrate("latest");

        Map<String, Object> row = row(late);
        assertThat(row).containsEntry("incident_dates", "{2025-11-10}").containsEntry("circumstances", "{LEGAL_PROCEEDINGS}");
        JsonNode timeLimit = json.readTree((String) row.get("triage")).get("timeLimit");
        assertThat(timeLimit.get("firstHappenedOn").asText()).isEqualTo("2025-11-10");
        assertThat(timeLimit.get("countedFrom").asText()).isEqualTo("2025-11-10");
        assertThat(timeLimit.get("becameAwareOn").isNull()).isTrue();
        assertThat(timeLimit.get("lateAcceptance").isEmpty()).isTrue();
        assertThat(timeLimit.get("daysLate").asInt()).isEqualTo(42);
        Map<String, Object> other = row(undated);
        assertThat(other).containsEntry("incident_dates", "{}").containsEntry("circumstances", "{}");
        assertThat(json.readTree((String) other.get("triage")).get("timeLimit").isNull()).isTrue();
    }

    private static DataSource dataSource(String database) {
        TestInfrastructure.postgres().createDatabaseIfMissing(database);
        return TestInfrastructure.postgres().dataSource(database);
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/intake-service")
                .target(target).load().migrate();
    }

    private UUID insert(String reference, String whatHappenedOn, boolean legalProceedings, String triage) {
        UUID complaintId = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO submission (complaint_id, tenant_id, reference, received_at, idempotency_key, request_hash,
                    event_id, channel, feedback_type, anonymous, complainant_role, complainant_name, preferred_contact,
                    summary, what_happened_on, legal_proceedings, triage)
                VALUES (?, 'cambridgeshire', ?, now(), ?, repeat('a', 64), ?, 'WEB', 'COMPLAINT', false, 'PARENT',
                    'Alex Example', 'EMAIL', 'No calls returned.', CAST(? AS DATE), ?, CAST(? AS JSONB))""",
                complaintId, reference, reference, UUID.randomUUID(), whatHappenedOn, legalProceedings, triage);
        return complaintId;
    }

    private Map<String, Object> row(UUID complaintId) {
        return jdbc.queryForMap("""
                SELECT incident_dates::text AS incident_dates, circumstances::text AS circumstances, triage::text AS triage
                FROM submission WHERE complaint_id = ?""", complaintId);
    }
}
