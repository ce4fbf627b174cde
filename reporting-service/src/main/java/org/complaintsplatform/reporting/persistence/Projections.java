package org.complaintsplatform.reporting.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Empties the projection and the consumer's processed-event records, so a replay from offset zero rebuilds it. */
@Repository
public class Projections {

    private final JdbcClient jdbc;

    public Projections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the rows removed: facts (complaints, stages, decisions and steps) and processed-event records */
    public Cleared clear(String consumer) {
        long complaints = jdbc.sql("SELECT count(*) FROM complaint_fact").query(Long.class).single();
        long stages = jdbc.sql("SELECT count(*) FROM stage_fact").query(Long.class).single();
        long decisions = jdbc.sql("SELECT count(*) FROM decision_fact").query(Long.class).single();
        long steps = jdbc.sql("SELECT count(*) FROM step_fact").query(Long.class).single();
        jdbc.sql("TRUNCATE stage_fact, complaint_fact, decision_fact, step_fact").update();
        int processed = jdbc.sql("DELETE FROM processed_event WHERE consumer = :consumer").param("consumer", consumer).update();
        return new Cleared(complaints, stages, decisions, steps, processed);
    }

    public record Cleared(long complaintFacts, long stageFacts, long decisionFacts, long stepFacts, long processedEvents) {
    }
}
