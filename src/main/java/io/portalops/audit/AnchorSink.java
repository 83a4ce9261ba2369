package io.portalops.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A second place outside the database that receives every anchor line, so that an attacker who can write the anchor
 * directory still cannot rewrite what was sent away. Chosen by the scheme of {@code portalops.audit.anchor-sink.url}:
 * {@code http(s)://…} (POST, text/plain, optional bearer token), {@code syslog+udp://host:514} or
 * {@code syslog+tcp://host:601} (RFC 5424, facility "log audit").
 */
interface AnchorSink {

    void send(String line) throws IOException;

    static @Nullable AnchorSink fromUrl(@Nullable String url, @Nullable String token) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri = URI.create(url.strip());
        return switch (uri.getScheme() == null ? "" : uri.getScheme()) {
            case "http", "https" -> new Http(uri, token);
            case "syslog+udp" -> new Syslog(uri.getHost(), uri.getPort() < 0 ? 514 : uri.getPort(), false);
            case "syslog+tcp" -> new Syslog(uri.getHost(), uri.getPort() < 0 ? 601 : uri.getPort(), true);
            default ->
                throw new IllegalStateException("portalops.audit.anchor-sink.url must start with http://, https://, "
                        + "syslog+udp:// or syslog+tcp://, not " + url);
        };
    }

    record Http(URI uri, @Nullable String token) implements AnchorSink {

        private static final HttpClient CLIENT =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        @Override
        public void send(String line) throws IOException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(line + "\n"));
            if (token != null && !token.isBlank()) {
                request.header("Authorization", "Bearer " + token);
            }
            try {
                HttpResponse<Void> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 != 2) {
                    throw new IOException("the anchor sink " + uri + " answered " + response.statusCode());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while sending the anchor to " + uri, e);
            }
        }
    }

    record Syslog(String host, int port, boolean tcp) implements AnchorSink {

        /** Facility 13 (log audit), severity 6 (informational). */
        private static final int PRIORITY = 13 * 8 + 6;

        @Override
        public void send(String line) throws IOException {
            String hostname;
            try {
                hostname = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                hostname = "-";
            }
            byte[] message = ("<" + PRIORITY + ">1 " + Instant.now() + " " + hostname + " portalops - audit-anchor - "
                            + line)
                    .getBytes(StandardCharsets.UTF_8);
            if (tcp) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(host, port), 10_000);
                    OutputStream out = socket.getOutputStream();
                    // RFC 6587 octet counting, so a line is one message whatever it holds
                    out.write((message.length + " ").getBytes(StandardCharsets.US_ASCII));
                    out.write(message);
                    out.flush();
                }
            } else {
                try (DatagramSocket socket = new DatagramSocket()) {
                    socket.send(new DatagramPacket(message, message.length, new InetSocketAddress(host, port)));
                }
            }
        }
    }
}
