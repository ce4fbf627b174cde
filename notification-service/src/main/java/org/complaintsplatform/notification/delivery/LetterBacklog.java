package org.complaintsplatform.notification.delivery;

import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.LetterStatus;
import org.complaintsplatform.notification.config.NotificationProperties;
import org.complaintsplatform.notification.persistence.LetterRepository;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The letters still waiting and those that failed, as gauges ({@code complaints.letters.pending{channel}},
 * {@code complaints.letters.failed{channel}}) and as the {@code letters} health component: DEGRADED (HTTP
 * 200, so no probe restarts the service for a mail server's fault) once an e-mail has waited longer than
 * {@code backlogAlertAge}.
 */
@Component("letters")
public class LetterBacklog implements HealthIndicator, MeterBinder {

    public static final Status DEGRADED = new Status("DEGRADED", "e-mail letters are waiting longer than expected");

    private final LetterRepository letters;
    private final MailGateway gateway;
    private final Duration alertAge;

    LetterBacklog(LetterRepository letters, MailGateway gateway, NotificationProperties settings) {
        this.letters = letters;
        this.gateway = gateway;
        this.alertAge = settings.mail().backlogAlertAge();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            Gauge.builder("complaints.letters.pending", () -> letters.count(LetterStatus.PENDING, channel))
                    .description("Letters written and not yet delivered (e-mail queue) or printed (post)")
                    .tag("channel", channel.name())
                    .register(registry);
            Gauge.builder("complaints.letters.failed", () -> letters.count(LetterStatus.FAILED, channel))
                    .description("Letters that could not be delivered")
                    .tag("channel", channel.name())
                    .register(registry);
        }
    }

    @Override
    public Health health() {
        Optional<Duration> oldest = letters.oldestPendingMailAge();
        Health.Builder health = oldest.filter(age -> age.compareTo(alertAge) > 0).isPresent()
                ? Health.status(DEGRADED) : Health.up();
        return health
                .withDetail("mailTransport", gateway.describe())
                .withDetail("pendingEmail", letters.count(LetterStatus.PENDING, Channel.EMAIL))
                .withDetail("oldestPendingEmailSeconds", oldest.map(Duration::toSeconds).orElse(0L))
                .withDetail("waitingToBePrinted", letters.count(LetterStatus.PENDING, Channel.POST))
                .withDetail("failed", letters.count(LetterStatus.FAILED, Channel.EMAIL) + letters.count(LetterStatus.FAILED, Channel.POST))
                .build();
    }
}
