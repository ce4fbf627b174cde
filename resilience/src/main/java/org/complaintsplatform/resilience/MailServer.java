package org.complaintsplatform.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;

/**
 * The platform's SMTP server: GreenMail on a fixed port, which can be stopped (connections refused, as a mail
 * server that is down) and started again on the same port. A new GreenMail forgets what the old one received,
 * so every message is copied out as it arrives, with the time it was first seen (polled every 200 ms).
 */
final class MailServer implements AutoCloseable {

    /** One message delivered into one recipient's mailbox: its {@code Message-ID} and when this suite first saw it. */
    record Mail(String messageId, String mailbox, Instant seenAt) {
    }

    private final int port;
    private final List<Mail> received = new ArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-collector");
        thread.setDaemon(true);
        return thread;
    });
    private GreenMail server;
    /** Per mailbox, how many of its messages have been copied out of the current server. */
    private final Map<String, Integer> copied = new HashMap<>();

    MailServer() {
        this.port = freePort();
        this.server = newServer();
        poller.scheduleWithFixedDelay(this::collect, 200, 200, TimeUnit.MILLISECONDS);
    }

    int port() {
        return port;
    }

    /** Refuses connections from now on; what it had accepted is kept. */
    synchronized void stop() {
        collect();
        server.stop();
        collect();
    }

    synchronized void start() {
        server = newServer();
        copied.clear();
    }

    /** Every message accepted so far, in the order first seen. */
    synchronized List<Mail> received() {
        collect();
        return List.copyOf(received);
    }

    /** GreenMail delivers a copy per recipient (To and Cc): read each mailbox, so one send to two people is not a duplicate. */
    private synchronized void collect() {
        for (GreenMailUser user : server.getUserManager().listUser()) {
            try {
                List<StoredMessage> messages = server.getManagers().getImapHostManager().getInbox(user).getMessages();
                int done = copied.getOrDefault(user.getEmail(), 0);
                for (StoredMessage message : messages.subList(done, messages.size())) {
                    received.add(new Mail(String.valueOf(message.getMimeMessage().getMessageID()), user.getEmail(), Instant.now()));
                }
                copied.put(user.getEmail(), messages.size());
            } catch (FolderException | MessagingException e) {
                throw new IllegalStateException("cannot read the mailbox of " + user.getEmail(), e);
            }
        }
    }

    private GreenMail newServer() {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        GreenMail greenMail = new GreenMail(setup).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return greenMail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        poller.shutdownNow();
        server.stop();
    }
}
