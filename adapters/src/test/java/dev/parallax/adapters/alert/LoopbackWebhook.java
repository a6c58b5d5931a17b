package dev.parallax.adapters.alert;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook receiver on the loopback interface that answers with scripted status codes. */
final class LoopbackWebhook implements AutoCloseable {

    /** One request as received. */
    record Received(String body, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse("");
        }
    }

    private final HttpServer server;
    private final Deque<Object[]> answers = new ArrayDeque<>();
    final List<Received> received = new CopyOnWriteArrayList<>();

    LoopbackWebhook() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/services/T000/B000/secret-token", exchange -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                received.add(new Received(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        Map.copyOf(exchange.getRequestHeaders())));
                Object[] answer;
                synchronized (answers) {
                    answer = answers.isEmpty() ? new Object[] {200, ""} : answers.poll();
                }
                if (!answer[1].toString().isEmpty()) {
                    exchange.getResponseHeaders().add("Retry-After", answer[1].toString());
                }
                byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders((Integer) answer[0], body.length);
                out.write(body);
            }
        });
        server.start();
    }

    /** Answers the next requests with these status codes, then 200. */
    LoopbackWebhook answer(int... statuses) {
        synchronized (answers) {
            for (int s : statuses) {
                answers.add(new Object[] {s, ""});
            }
        }
        return this;
    }

    /** Answers the next request with {@code status} and a Retry-After header of {@code seconds}. */
    LoopbackWebhook answerRetryAfter(int status, int seconds) {
        return answerRetryAfter(status, Integer.toString(seconds));
    }

    /** Answers the next request with {@code status} and a Retry-After header holding {@code value} as written. */
    LoopbackWebhook answerRetryAfter(int status, String value) {
        synchronized (answers) {
            answers.add(new Object[] {status, value});
        }
        return this;
    }

    URI url() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + "/services/T000/B000/secret-token");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
