package org.complaintsplatform.notification;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A real SMTP server (GreenMail) on a fixed free port for the shared test context; it can be stopped to
 * play a mail server that is down, and started again on the same port.
 */
final class Mailbox implements AutoCloseable {

    /**
     * One received e-mail: its text body and its PDF attachment.
     *
     * @param partTypes the MIME type of each part that is not a multipart, e.g. {@code text/plain}
     */
    record Mail(String messageId, String from, List<String> to, List<String> cc, String subject, String text, byte[] pdf,
                List<String> partTypes) {
    }

    private volatile GreenMail server;
    private final int port;

    private Mailbox() {
        this.server = newServer(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        this.port = server.getSmtp().getPort();
    }

    static Mailbox start() {
        return new Mailbox();
    }

    private static GreenMail newServer(ServerSetup setup) {
        setup.setServerStartupTimeout(10_000);
        GreenMail server = new GreenMail(setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return server;
    }

    int port() {
        return port;
    }

    void stop() {
        server.stop();
    }

    /** A new server on the same port; what the stopped one had received is gone. */
    void restart() {
        server = newServer(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** The e-mails received so far that name this address in To. */
    List<Mail> to(String address) throws MessagingException, IOException {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            if (addresses(message, Message.RecipientType.TO).contains(address)) {
                mails.add(mail(message));
            }
        }
        return mails;
    }

    /** The e-mails delivered into this address's mailbox so far, whether it was in To or Cc. */
    List<Mail> inbox(String address) throws MessagingException, IOException, FolderException {
        GreenMailUser user = server.getUserManager().getUserByEmail(address);
        List<Mail> mails = new ArrayList<>();
        if (user != null) {
            for (StoredMessage stored : server.getManagers().getImapHostManager().getInbox(user).getMessages()) {
                mails.add(mail(stored.getMimeMessage()));
            }
        }
        return mails;
    }

    private static Mail mail(MimeMessage message) throws MessagingException, IOException {
        StringBuilder text = new StringBuilder();
        List<byte[]> pdfs = new ArrayList<>();
        List<String> partTypes = new ArrayList<>();
        collect(message, text, pdfs, partTypes);
        return new Mail(message.getMessageID(), ((InternetAddress) message.getFrom()[0]).getAddress(),
                addresses(message, Message.RecipientType.TO), addresses(message, Message.RecipientType.CC),
                message.getSubject(), text.toString(), pdfs.isEmpty() ? new byte[0] : pdfs.getFirst(), partTypes);
    }

    private static List<String> addresses(MimeMessage message, Message.RecipientType type) throws MessagingException {
        Address[] recipients = message.getRecipients(type);
        return recipients == null ? List.of()
                : Arrays.stream(recipients).map(recipient -> ((InternetAddress) recipient).getAddress()).toList();
    }

    private static void collect(Part part, StringBuilder text, List<byte[]> pdfs, List<String> partTypes)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text, pdfs, partTypes);
            }
            return;
        }
        partTypes.add(new ContentType(part.getContentType()).getBaseType());
        if (part.isMimeType("application/pdf")) {
            try (InputStream in = part.getInputStream()) {
                pdfs.add(in.readAllBytes());
            }
        } else if (part.isMimeType("text/plain")) {
            text.append((String) part.getContent());
        }
    }

    /** The PDF's text with every run of white space as one space, since the layout wraps lines. */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
