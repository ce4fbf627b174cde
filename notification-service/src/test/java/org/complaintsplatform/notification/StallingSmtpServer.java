package org.complaintsplatform.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An SMTP server that never completes a delivery: it stops answering at the chosen point of the SMTP
 * exchange and holds the connection, so the client is caught in the middle of its send. Nothing it
 * receives is delivered anywhere. Closing it drops the held connections and returns once the port is free.
 */
final class StallingSmtpServer implements AutoCloseable {

    /** Where the exchange stops. */
    enum StallPoint {
        /** Connection accepted, no greeting: the client has not started to send. */
        GREETING,
        /** The whole message received after DATA, no "250" for it: the client is waiting for the acceptance. */
        END_OF_DATA
    }

    private final ServerSocket socket;
    private final StallPoint stallPoint;
    private final CountDownLatch stalled = new CountDownLatch(1);
    private final Queue<Socket> held = new ConcurrentLinkedQueue<>();
    private final Thread acceptor;
    private volatile String data = "";

    private StallingSmtpServer(int port, StallPoint stallPoint) throws IOException {
        this.socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        this.stallPoint = stallPoint;
        this.acceptor = Thread.ofVirtual().name("stalling-smtp").start(this::accept);
    }

    static StallingSmtpServer on(int port, StallPoint stallPoint) {
        try {
            return new StallingSmtpServer(port, stallPoint);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
    }

    /** Waits until a client is held at the stall point. */
    boolean awaitStalled(long seconds) throws InterruptedException {
        return stalled.await(seconds, TimeUnit.SECONDS);
    }

    /** The message as received after DATA (headers and body), up to the stall. */
    String data() {
        return data;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                held.add(client);
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException e) {
                return;   // closed
            }
        }
    }

    private void converse(Socket client) {
        try {
            if (stallPoint == StallPoint.GREETING) {
                stalled.countDown();
                return;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            reply(out, "220 stalling ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("DATA")) {
                    reply(out, "354 end data with <CR><LF>.<CR><LF>");
                    StringBuilder message = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        message.append(line).append('\n');
                    }
                    data = message.toString();
                    stalled.countDown();
                    return;   // no answer: the client waits for its 250 until the connection is dropped
                }
                reply(out, command.startsWith("QUIT") ? "221 bye" : "250 ok");
            }
        } catch (IOException e) {
            // the connection was dropped
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The listening socket is released only when the thread blocked in accept has left it, so wait for that thread. */
    @Override
    public void close() {
        try {
            socket.close();
            for (Socket client : held) {
                client.close();
            }
            if (!acceptor.join(Duration.ofSeconds(10))) {
                throw new IllegalStateException("the stalling SMTP server still holds its port");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while closing", e);
        }
    }
}
