package org.complaintsplatform.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.council.CouncilTopics;
import org.complaintsplatform.local.ProcessPlatform;
import org.complaintsplatform.testsupport.TopicReader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the platform holds after the run, read from its databases, its topics and the mail server, against
 * what the suite drove. Every finding is a line in {@link #findings()}; {@link #lost()} and
 * {@link #duplicated()} count them.
 */
final class Verdict {

    private static final Logger log = LoggerFactory.getLogger(Verdict.class);
    static final String DLT_REASONS = "complaints_dlt_reasons";
    private static final String EXCEPTION_MESSAGE = "kafka_dlt-exception-message";
    private static final String ORIGINAL_GROUP = "kafka_dlt-original-consumer-group";
    private static final List<String> EVENT_TOPICS = List.of(Topics.SUBMISSIONS, Topics.COMPLAINT_EVENTS,
            Topics.DEADLINE_EVENTS, Topics.NOTIFICATION_EVENTS);
    /** Payload fields that tell two events of one type about one complaint apart, when they legitimately repeat. */
    private static final List<String> DISTINGUISHING = List.of("stage", "toStage", "step", "letterType", "dueOn");
    /** How close to a kill of notification-service or a database outage a copied e-mail must be to be the SMTP window. */
    private static final Duration WINDOW_SLACK = Duration.ofSeconds(5);

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> findings = new ArrayList<>();
    private int lost;
    private int duplicated;
    private int smtpWindow;
    private int redelivered;
    private int deadLettered;
    private int deadlinesFired;
    private int acknowledgementMails;
    private int leaked;

    int lost() {
        return lost;
    }

    int duplicated() {
        return duplicated;
    }

    int smtpWindow() {
        return smtpWindow;
    }

    /** Copies of one ce_id on a topic beyond the first: at-least-once publishing after a crash, harmless by design. */
    int redelivered() {
        return redelivered;
    }

    int deadLettered() {
        return deadLettered;
    }

    int deadlinesFired() {
        return deadlinesFired;
    }

    int acknowledgementMails() {
        return acknowledgementMails;
    }

    /** Poison records found on a council's outbound topic. */
    int leaked() {
        return leaked;
    }

    List<String> findings() {
        return List.copyOf(findings);
    }

    static Verdict of(ProcessPlatform platform, List<Complaints.Journey> journeys, int replayMismatches,
                      List<MailServer.Mail> mails, Faults faults) {
        Verdict verdict = new Verdict();
        verdict.journeys(journeys);
        verdict.replays(replayMismatches);
        List<Complaints.Journey> accepted = journeys.stream().filter(j -> j.accepted).toList();
        verdict.workflow(new JdbcTemplate(platform.postgres().dataSource("workflow")), accepted);
        verdict.topics(platform.bootstrapServers(), accepted);
        verdict.projections(platform, accepted);
        verdict.mails(new JdbcTemplate(platform.postgres().dataSource("notification")), accepted, mails, faults);
        verdict.deadLetters(platform.bootstrapServers(), faults.poisons());
        verdict.councilCopies(platform.bootstrapServers(), faults.poisons());
        return verdict;
    }

    private void journeys(List<Complaints.Journey> journeys) {
        for (Complaints.Journey journey : journeys) {
            if (journey.failure != null) {
                lost("complaint " + journey.number + " (" + journey.tenant + ", " + journey.complaintId + "): " + journey.failure);
            }
        }
    }

    private void replays(int replayMismatches) {
        for (int i = 0; i < replayMismatches; i++) {
            duplicated("a submission sent again with its Idempotency-Key answered another complaint");
        }
    }

    /** Every 202 is a complaint in workflow's store and view. */
    private void workflow(JdbcTemplate workflow, List<Complaints.Journey> accepted) {
        Set<String> stored = new HashSet<>(workflow.queryForList(
                "SELECT DISTINCT aggregate_identifier FROM domain_event_entry", String.class));
        Set<String> viewed = new HashSet<>(workflow.queryForList("SELECT complaint_id::text FROM complaint_view", String.class));
        for (Complaints.Journey journey : accepted) {
            if (!stored.contains(journey.complaintId) || !viewed.contains(journey.complaintId)) {
                lost("complaint " + journey.complaintId + " answered 202 but is not in workflow (event store: "
                        + stored.contains(journey.complaintId) + ", view: " + viewed.contains(journey.complaintId) + ")");
            }
        }
    }

    /** Each expected event is on its topic; no event is there twice under two ce_ids; fired deadlines once. */
    private void topics(String bootstrap, List<Complaints.Journey> accepted) {
        Set<String> ours = accepted.stream().map(j -> j.complaintId).collect(Collectors.toSet());
        Map<String, Set<String>> idsByKey = new HashMap<>();
        for (String topic : EVENT_TOPICS) {
            Map<String, Integer> copies = new HashMap<>();
            for (ConsumerRecord<String, CloudEvent> record : TopicReader.cloudEvents(bootstrap, topic)) {
                CloudEvent event = record.value();
                if (event == null || !ours.contains(event.getSubject())) {
                    continue;
                }
                copies.merge(event.getId(), 1, Integer::sum);
                idsByKey.computeIfAbsent(key(topic, event), k -> new HashSet<>()).add(event.getId());
            }
            redelivered += copies.values().stream().mapToInt(n -> n - 1).sum();
        }
        idsByKey.forEach((key, ids) -> {
            if (ids.size() > 1) {
                duplicated(key + " published under " + ids.size() + " ce_ids " + ids);
            }
            if (key.contains(EventType.DEADLINE_MISSED.ceType()) || key.contains(EventType.DEADLINE_APPROACHING.ceType())) {
                deadlinesFired++;
            }
        });
        for (Complaints.Journey journey : accepted) {
            expect(idsByKey, Topics.SUBMISSIONS, journey, EventType.SUBMISSION_RECEIVED, "");
            expect(idsByKey, Topics.COMPLAINT_EVENTS, journey, EventType.COMPLAINT_RECEIVED, "");
            if (journey.acknowledged) {
                expect(idsByKey, Topics.COMPLAINT_EVENTS, journey, EventType.COMPLAINT_ACKNOWLEDGED, "");
                expect(idsByKey, Topics.NOTIFICATION_EVENTS, journey, EventType.LETTER_SENT, " letterType=ACKNOWLEDGEMENT");
            }
            if (journey.responded) {
                expect(idsByKey, Topics.COMPLAINT_EVENTS, journey, EventType.STAGE_RESPONDED, " stage=1");
            }
            if (journey.escalated) {
                expect(idsByKey, Topics.COMPLAINT_EVENTS, journey, EventType.ESCALATION_REQUESTED, " toStage=2");
                expect(idsByKey, Topics.COMPLAINT_EVENTS, journey, EventType.COMPLAINT_ESCALATED, " toStage=2");
            }
        }
    }

    private void expect(Map<String, Set<String>> idsByKey, String topic, Complaints.Journey journey, EventType type, String detail) {
        String prefix = topic + " " + journey.complaintId + " " + type.ceType();
        boolean present = idsByKey.keySet().stream().anyMatch(key -> key.startsWith(prefix) && key.contains(detail));
        if (!present) {
            lost(prefix + detail + " missing (complaint " + journey.number + ")");
        }
    }

    private String key(String topic, CloudEvent event) {
        StringBuilder key = new StringBuilder(topic).append(' ').append(event.getSubject()).append(' ').append(event.getType());
        JsonNode data = payload(event);
        for (String field : DISTINGUISHING) {
            if (data.has(field)) {
                key.append(' ').append(field).append('=').append(data.get(field).asText());
            }
        }
        return key.toString();
    }

    private JsonNode payload(CloudEvent event) {
        try {
            return event.getData() == null ? json.createObjectNode() : json.readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The services' own tables: one letter of a type per complaint, one row per clock, the figures of every complaint. */
    private void projections(ProcessPlatform platform, List<Complaints.Journey> accepted) {
        Set<String> ours = accepted.stream().map(j -> j.complaintId).collect(Collectors.toSet());
        JdbcTemplate notification = new JdbcTemplate(platform.postgres().dataSource("notification"));
        // a complainant gets each of these letters once per complaint in the journeys driven here; staff reminders
        // come one per clock and are judged by their trigger on the deadline topic
        notification.queryForList("SELECT complaint_id::text AS c, letter_type AS t, count(*) AS n FROM letter "
                        + "WHERE letter_type NOT LIKE 'STAFF%' GROUP BY complaint_id, letter_type HAVING count(*) > 1")
                .forEach(row -> duplicated("letter " + row.get("t") + " of " + row.get("c") + " stored " + row.get("n") + " times"));
        JdbcTemplate deadline = new JdbcTemplate(platform.postgres().dataSource("deadline"));
        deadline.queryForList("SELECT complaint_id::text AS c, stage, step, count(*) AS n FROM deadline "
                        + "GROUP BY complaint_id, stage, step HAVING count(*) > 1")
                .forEach(row -> duplicated("deadline " + row + " stored more than once"));
        Set<String> withClocks = new HashSet<>(deadline.queryForList("SELECT DISTINCT complaint_id::text FROM deadline", String.class));
        JdbcTemplate reporting = new JdbcTemplate(platform.postgres().dataSource("reporting"));
        Set<String> counted = new HashSet<>(reporting.queryForList("SELECT complaint_id::text FROM complaint_fact", String.class));
        Set<String> respondedFacts = new HashSet<>(reporting.queryForList(
                "SELECT complaint_id::text FROM stage_fact WHERE stage = 1 AND responded_on IS NOT NULL", String.class));
        Set<String> escalatedFacts = new HashSet<>(reporting.queryForList(
                "SELECT complaint_id::text FROM stage_fact WHERE stage = 2 AND requested_on IS NOT NULL", String.class));
        int extra = (int) counted.stream().filter(id -> !ours.contains(id)).count();
        if (extra > 0) {
            duplicated(extra + " complaints counted by reporting that the suite never submitted");
        }
        for (Complaints.Journey journey : accepted) {
            if (!withClocks.contains(journey.complaintId)) {
                lost("no deadline row for complaint " + journey.complaintId);
            }
            if (!counted.contains(journey.complaintId)) {
                lost("complaint " + journey.complaintId + " not counted by reporting");
            }
            if (journey.responded && !respondedFacts.contains(journey.complaintId)) {
                lost("Stage 1 response of " + journey.complaintId + " not counted by reporting");
            }
            if (journey.escalated && !escalatedFacts.contains(journey.complaintId)) {
                lost("Stage 2 request of " + journey.complaintId + " not counted by reporting");
            }
        }
    }

    /**
     * Each acknowledgement e-mail arrives once. A second copy of a letter's e-mail (same {@code Message-ID})
     * whose first copy arrived just before notification-service was killed or PostgreSQL went down is the window
     * SMTP cannot close (accepted by the server, the service gone before recording it): counted apart.
     */
    private void mails(JdbcTemplate notification, List<Complaints.Journey> accepted, List<MailServer.Mail> mails, Faults faults) {
        Map<String, List<MailServer.Mail>> byLetter = new HashMap<>();
        Map<String, List<MailServer.Mail>> byLetterAndMailbox = new HashMap<>();
        for (MailServer.Mail mail : mails) {
            byLetter.computeIfAbsent(letterIdOf(mail.messageId()), k -> new ArrayList<>()).add(mail);
            byLetterAndMailbox.computeIfAbsent(letterIdOf(mail.messageId()) + " to " + mail.mailbox(), k -> new ArrayList<>()).add(mail);
        }
        List<Faults.Fault> windows = new ArrayList<>(faults.named("kill -9 notification-service"));
        windows.addAll(faults.named("postgresql"));
        byLetterAndMailbox.forEach((letterId, copies) -> {
            if (copies.size() > 1) {
                Instant first = copies.getFirst().seenAt();
                boolean inWindow = windows.stream().anyMatch(fault -> !first.isBefore(fault.start().minus(WINDOW_SLACK))
                        && !first.isAfter(fault.end()));
                if (inWindow) {
                    smtpWindow += copies.size() - 1;
                    findings.add("smtp window: letter " + letterId + " e-mailed " + copies.size() + " times, first at " + first);
                } else {
                    duplicated("letter " + letterId + " e-mailed " + copies.size() + " times, first at " + first);
                }
            }
        });
        Set<String> ours = accepted.stream().filter(j -> j.acknowledged).map(j -> j.complaintId).collect(Collectors.toSet());
        for (Map<String, Object> letter : notification.queryForList("SELECT id::text AS id, complaint_id::text AS complaint, status "
                + "FROM letter WHERE letter_type = 'ACKNOWLEDGEMENT' AND channel = 'EMAIL'")) {
            String complaint = (String) letter.get("complaint");
            if (!ours.remove(complaint)) {
                continue;
            }
            List<MailServer.Mail> copies = byLetter.getOrDefault((String) letter.get("id"), List.of());
            if (copies.isEmpty()) {
                lost("acknowledgement of " + complaint + " (" + letter.get("status") + ") never reached the mail server");
            } else {
                acknowledgementMails++;
            }
        }
        ours.forEach(complaint -> lost("no acknowledgement letter by e-mail stored for acknowledged complaint " + complaint));
    }

    /** {@code <letterId@domain>} → letterId. */
    private static String letterIdOf(String messageId) {
        String id = messageId.startsWith("<") ? messageId.substring(1) : messageId;
        int at = id.indexOf('@');
        return at < 0 ? id : id.substring(0, at);
    }

    /** Every poison record is on its topic's DLT with the reasons header. */
    private void deadLetters(String bootstrap, List<Faults.Poison> poisons) {
        for (Faults.Poison poison : poisons) {
            List<ConsumerRecord<String, byte[]>> dead = TopicReader.rawRecords(bootstrap, Topics.deadLetterTopicOf(poison.topic())).stream()
                    .filter(record -> poison.key().equals(record.key()))
                    .toList();
            // contract violations carry complaints_dlt_reasons; a record that is no CloudEvent at all fails in the
            // deserializer, whose message Spring Kafka's recoverer puts in kafka_dlt-exception-message (docs/operations.md)
            String header = poison.kind().equals(Faults.NOT_A_CLOUD_EVENT) ? EXCEPTION_MESSAGE : DLT_REASONS;
            @Nullable Header reasons = dead.stream().map(record -> record.headers().lastHeader(header))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (dead.isEmpty()) {
                findings.add("NOT DEAD-LETTERED: poison record (" + poison.kind() + ") on " + poison.topic());
            } else if (reasons == null) {
                findings.add("NO REASON: poison record (" + poison.kind() + ") on " + poison.topic() + " dead-lettered "
                        + dead.size() + " times but without " + header);
            } else {
                deadLettered++;
                String groups = dead.stream().map(record -> record.headers().lastHeader(ORIGINAL_GROUP))
                        .map(group -> group == null ? "?" : new String(group.value(), java.nio.charset.StandardCharsets.UTF_8))
                        .sorted().collect(Collectors.joining(","));
                findings.add("dead-lettered: " + poison.topic() + " (" + poison.kind() + ") by " + groups + ", " + header + ": "
                        + new String(reasons.value(), java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElse(""));
            }
        }
    }

    /**
     * A poison record must not reach a council: intake relays the public topics to each council's outbound topic
     * (its gateway), and what it relays must be a valid event of the published contract.
     */
    private void councilCopies(String bootstrap, List<Faults.Poison> poisons) {
        Set<String> keys = poisons.stream().map(Faults.Poison::key).collect(Collectors.toSet());
        for (String tenant : Complaints.TENANTS) {
            String outbound = CouncilTopics.outbound(tenant);
            for (ConsumerRecord<String, byte[]> record : TopicReader.rawRecords(bootstrap, outbound)) {
                if (keys.contains(record.key())) {
                    leaked++;
                    findings.add("LEAKED: poison record " + record.key() + " relayed to " + outbound + ": "
                            + new String(record.value(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
    }

    private void lost(String finding) {
        lost++;
        findings.add("LOST: " + finding);
        log.error("LOST: {}", finding);
    }

    private void duplicated(String finding) {
        duplicated++;
        findings.add("DUPLICATED: " + finding);
        log.error("DUPLICATED: {}", finding);
    }
}
