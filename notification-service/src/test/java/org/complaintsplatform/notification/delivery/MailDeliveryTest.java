package org.complaintsplatform.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;

class MailDeliveryTest {

    private static final OutgoingMail MAIL = new OutgoingMail("complaints@example.org", "sam@example.org", "Subject",
            "Text", "acknowledgement.pdf", new byte[] {1});

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheMaximum() {
        Duration initial = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(1);

        assertThat(MailDispatcher.backoff(1, initial, max)).isEqualTo(Duration.ofSeconds(30));
        assertThat(MailDispatcher.backoff(2, initial, max)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailDispatcher.backoff(4, initial, max)).isEqualTo(Duration.ofMinutes(4));
        assertThat(MailDispatcher.backoff(7, initial, max)).isEqualTo(Duration.ofMinutes(32));
        assertThat(MailDispatcher.backoff(20, initial, max)).isEqualTo(max);
    }

    @Test
    void recipientRefusedByTheServerIsARejectionForGood() throws Exception {
        JavaMailSender sender = mock(JavaMailSender.class);
        SendFailedException refused = new SendFailedException("550 no such user", null, new InternetAddress[0], new InternetAddress[0],
                new InternetAddress[] {new InternetAddress("sam@example.org")});
        doThrow(new MailSendException(Map.of(new Object(), refused))).when(sender).send(any(MimeMessagePreparator.class));

        assertThatThrownBy(() -> new SmtpMailGateway(sender).send(MAIL)).isInstanceOf(MailGateway.MailRejected.class);
    }

    @Test
    void serverThatCannotBeReachedIsAFailureToRetry() {
        JavaMailSender sender = mock(JavaMailSender.class);
        doThrow(new MailSendException("Mail server connection failed", new MessagingException("refused", new ConnectException())))
                .when(sender).send(any(MimeMessagePreparator.class));

        assertThatThrownBy(() -> new SmtpMailGateway(sender).send(MAIL))
                .isInstanceOf(MailSendException.class).isNotInstanceOf(MailGateway.MailRejected.class);
    }
}
