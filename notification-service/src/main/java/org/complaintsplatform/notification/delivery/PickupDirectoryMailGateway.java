package org.complaintsplatform.notification.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Writes each e-mail as an RFC 822 {@code .eml} file into a directory, for runs without an SMTP server
 * (the local platform): the letters can be opened with any mail client, and nothing is sent anywhere.
 * The file appears whole (written aside, then moved).
 */
public final class PickupDirectoryMailGateway implements MailGateway {

    private final Path directory;
    private final Session session = Session.getInstance(new Properties());

    public PickupDirectoryMailGateway(Path directory) {
        this.directory = directory;
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            Files.createDirectories(directory);
            MimeMessage message = new MimeMessage(session);
            Mails.fill(message, mail);
            message.saveChanges();
            message.setHeader("Message-ID", mail.messageId());
            Path partial = Files.createTempFile(directory, "mail-", ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                message.writeTo(out);
            }
            Files.move(partial, directory.resolve(UUID.randomUUID() + ".eml"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the e-mail to " + directory, e);
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot build the e-mail", e);
        }
    }

    @Override
    public String describe() {
        return "pickup-directory " + directory;
    }
}
