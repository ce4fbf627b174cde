package org.complaintsplatform.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import java.io.InputStream;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;

class MailDeliveryTest {

    private static final UUID LETTER_ID = UUID.fromString("7c0f3f5e-2b1a-4c1e-9d3a-0a6f1c2b3d4e");
    private static final OutgoingMail MAIL = new OutgoingMail(Mails.messageId(LETTER_ID, "complaints@example.org"),
            "complaints@example.org", "sam@example.org", "advocate@example.org", "Subject", "Text", "acknowledgement.pdf",
            new byte[] {1});

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

    @Test
    void everyEmailOfALetterCarriesTheMessageIdDerivedFromTheLetterId(@TempDir Path directory) throws Exception {
        assertThat(MAIL.messageId()).isEqualTo("<7c0f3f5e-2b1a-4c1e-9d3a-0a6f1c2b3d4e@example.org>");

        PickupDirectoryMailGateway gateway = new PickupDirectoryMailGateway(directory);
        gateway.send(MAIL);
        gateway.send(MAIL);

        List<Path> files;
        try (var listed = Files.list(directory)) {
            files = listed.toList();
        }
        assertThat(files).hasSize(2).allSatisfy(file -> {
            try (InputStream in = Files.newInputStream(file)) {
                assertThat(new MimeMessage(Session.getInstance(new Properties()), in).getMessageID()).isEqualTo(MAIL.messageId());
            }
        });
    }

    @Test
    void theAdvocateCopiedOnALetterIsInCcOfItsEmail(@TempDir Path directory) throws Exception {
        new PickupDirectoryMailGateway(directory).send(MAIL);

        Path file;
        try (var listed = Files.list(directory)) {
            file = listed.findFirst().orElseThrow();
        }
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly("sam@example.org");
            assertThat(message.getRecipients(Message.RecipientType.CC)).extracting(Object::toString)
                    .containsExactly("advocate@example.org");
        }
    }
}
