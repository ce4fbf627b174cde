package org.complaintsplatform.workflow.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ErasePersonalData;
import org.complaintsplatform.workflow.command.DueDates;
import org.complaintsplatform.workflow.persistence.ComplaintViewRepository;
import org.complaintsplatform.workflow.persistence.ComplaintViewRepository.FinishedComplaint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, erases the personal data of every closed or withdrawn complaint whose profile's retention has
 * run. The Complaint checks the rule again and records the erasure in its own history; a complaint already
 * erased is not picked again, and erasing one twice changes nothing, so a rerun or a second instance is harmless.
 */
@Component
@EnableScheduling
public class ErasureJob {

    private static final Logger log = LoggerFactory.getLogger(ErasureJob.class);

    private final ComplaintViewRepository views;
    private final DueDates dueDates;
    private final CommandGateway commands;
    private final Clock clock;

    public ErasureJob(ComplaintViewRepository views, DueDates dueDates, CommandGateway commands, Clock clock) {
        this.views = views;
        this.dueDates = dueDates;
        this.commands = commands;
        this.clock = clock;
    }

    /** At night, London time: retention runs in whole days, and no caseworker waits on it. */
    @Scheduled(cron = "0 15 3 * * *", zone = "Europe/London")
    void eraseDaily() {
        erase(clock.instant());
    }

    /**
     * Erases every complaint whose retention ended before the London date of {@code now}. A complaint that fails
     * is logged and left for the next run; the others go ahead.
     *
     * @return the complaints erased by this run
     */
    public List<ComplaintId> erase(Instant now) {
        LocalDate today = DueDates.dateOf(now);
        List<ComplaintId> erased = new ArrayList<>();
        for (FinishedComplaint complaint : views.finishedWithPersonalData()) {
            try {
                boolean due = dueDates.retention(complaint.tenantId(), complaint.profileId(), complaint.profileVersion(),
                        complaint.finishedOn()).map(retained -> retained.endedBy(today)).orElse(false);
                if (due) {
                    commands.sendAndWait(new ErasePersonalData(complaint.complaintId(), now));
                    erased.add(complaint.complaintId());
                }
            } catch (RuntimeException e) {
                log.error("Could not erase the personal data of complaint {}; the next run tries again",
                        complaint.complaintId(), e);
            }
        }
        if (!erased.isEmpty()) {
            log.info("Erased the personal data of {} complaint(s) whose retention had ended", erased.size());
        }
        return erased;
    }
}
