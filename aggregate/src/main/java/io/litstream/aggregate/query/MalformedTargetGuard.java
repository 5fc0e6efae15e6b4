package io.litstream.aggregate.query;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door of the summary API and the ops server: answers a request whose target {@link URI} cannot parse (a
 * malformed percent escape such as {@code /therapies/%ZZ}, a space or quote in the path) with
 *  a JSON 400, and relays everything else, byte for byte, to the JDK server listening on
 * a loopback port.
 *
 * <p>Why a front door: the JDK's server parses the request line with {@code java.net.URI} before
 * any filter or handler runs and, when that fails, writes its own {@code text/html} 400 and
 * closes the connection; it offers no hook. The guard frames requests only as far as it must
 * (the head, then a {@code Content-Length} body) and never buffers a response.
 */
public final class MalformedTargetGuard implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MalformedTargetGuard.class);
    /** Longest request head relayed (a 100 KB query still gets the API's own 400). */
    static final int MAX_HEAD_BYTES = 1024 * 1024;
    /** Connections relayed at once; more wait in the listen backlog. */
    private static final int MAX_CONNECTIONS = 128;

    private final ServerSocket listener;
    private final ExecutorService threads;
    private final Semaphore connections = new Semaphore(MAX_CONNECTIONS);
    private volatile boolean closed;

    /** Binds {@code host:port} (0 for any free port); nothing is accepted before {@link #start}. */
    public MalformedTargetGuard(String host, int port) {
        try {
            listener = new ServerSocket();
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind " + host + ":" + port, e);
        }
        AtomicInteger n = new AtomicInteger();
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "litstream-http-relay-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The bound address (with the real port when 0 was asked for). */
    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    /** Starts accepting, relaying good requests to {@code backendPort} on the loopback interface. */
    public void start(int backendPort) {
        threads.execute(() -> acceptLoop(backendPort));
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            log.debug("closing the HTTP listener", e);
        }
        threads.shutdownNow();
    }

    private void acceptLoop(int backendPort) {
        while (!closed) {
            try {
                connections.acquire();
                Socket client = listener.accept();
                threads.execute(() -> {
                    try {
                        relay(client, backendPort);
                    } finally {
                        connections.release();
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                connections.release();
                if (!closed) {
                    log.warn("HTTP accept failed on " + address(), e);
                }
            }
        }
    }

    /** One client connection: requests upstream on this thread, responses back on another. */
    private void relay(Socket client, int backendPort) {
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), backendPort)) {
            upstream.setTcpNoDelay(true);
            client.setTcpNoDelay(true);
            var responses = threads.submit(() -> copyResponses(upstream, client));
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream up = upstream.getOutputStream();
            while (true) {
                byte[] head = readHead(in);
                if (head == null) {
                    break; // the client is done
                }
                String refusal = refusal(head);
                if (refusal != null) {
                    // Let the responses to earlier requests on this connection finish first, so
                    // the refusal never lands inside one of them.
                    upstream.shutdownOutput();
                    responses.get();
                    writeError(client.getOutputStream(), refusal);
                    return;
                }
                up.write(head);
                long length = contentLength(head);
                if (length > 0) {
                    copy(in, up, length);
                }
                up.flush();
            }
            upstream.shutdownOutput();
            responses.get();
        } catch (SocketException e) {
            log.debug("HTTP connection ended", e);
        } catch (IOException e) {
            log.debug("HTTP connection failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.debug("HTTP response relay failed", e.getCause());
        }
    }

    private static Void copyResponses(Socket upstream, Socket client) throws IOException {
        try {
            upstream.getInputStream().transferTo(client.getOutputStream());
        } catch (SocketException e) {
            // the client or the server hung up: nothing more to relay
        }
        // The server closed (its idle timeout, or "Connection: close"): wake the request side,
        // which would otherwise wait on an idle client for a request it can no longer relay.
        if (!client.isClosed()) {
            client.shutdownInput();
        }
        return null;
    }

    /**
     * Why this request is answered here rather than relayed: a status line and message as
     * {@code "400 detail"}; null to relay it.
     */
    static String refusal(byte[] head) {
        if (head.length > MAX_HEAD_BYTES) {
            return "431 request head over " + MAX_HEAD_BYTES + " bytes";
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        String requestLine = (end < 0 ? text : text.substring(0, end)).strip();
        int first = requestLine.indexOf(' ');
        int last = requestLine.lastIndexOf(' ');
        if (first < 0 || last <= first) {
            return null; // not a request line the guard understands: the JDK answers it
        }
        String target = requestLine.substring(first + 1, last);
        try {
            new URI(target);
        } catch (URISyntaxException e) {
            return "400 malformed request target " + shortened(target) + ": " + e.getReason()
                    + " at index " + e.getIndex();
        }
        if (header(text, "transfer-encoding") != null) {
            return "411 chunked request bodies are not accepted here";
        }
        return null;
    }

    /** The request head up to and including its blank line; null at a clean end of stream. */
    static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int newlines = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            if (b == '\n') {
                if (++newlines == 2) {
                    return head.toByteArray();
                }
            } else if (b != '\r') {
                newlines = 0;
            }
            if (head.size() > MAX_HEAD_BYTES) {
                return head.toByteArray();
            }
        }
        if (head.size() == 0) {
            return null;
        }
        return head.toByteArray(); // a truncated head: relayed, the JDK answers it
    }

    static long contentLength(byte[] head) {
        String value = header(new String(head, StandardCharsets.ISO_8859_1), "content-length");
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0; // the JDK refuses it itself
        }
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1);
            }
        }
        return null;
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return;
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static void writeError(OutputStream out, String refusal) throws IOException {
        int space = refusal.indexOf(' ');
        String status = refusal.substring(0, space);
        String body = "{\"error\":" + jsonString(refusal.substring(space + 1)) + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String reason = switch (status) {
            case "431" -> "Request Header Fields Too Large";
            case "411" -> "Length Required";
            default -> "Bad Request";
        };
        String response = "HTTP/1.1 " + status + " " + reason + "\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + "Content-Length: " + bytes.length + "\r\n"
                + "Connection: close\r\n\r\n";
        out.write(response.getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    private static String shortened(String target) {
        return target.length() <= 200 ? target : target.substring(0, 200) + "…";
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
