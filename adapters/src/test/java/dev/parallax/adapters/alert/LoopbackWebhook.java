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
    private final Deque<int[]> answers = new ArrayDeque<>();
    final List<Received> received = new CopyOnWriteArrayList<>();

    LoopbackWebhook() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/services/T000/B000/secret-token", exchange -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                received.add(new Received(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        Map.copyOf(exchange.getRequestHeaders())));
                int[] answer;
                synchronized (answers) {
                    answer = answers.isEmpty() ? new int[] {200, 0} : answers.poll();
                }
                if (answer[1] > 0) {
                    exchange.getResponseHeaders().add("Retry-After", Integer.toString(answer[1]));
                }
                byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(answer[0], body.length);
                out.write(body);
            }
        });
        server.start();
    }

    /** Answers the next requests with these status codes, then 200. */
    LoopbackWebhook answer(int... statuses) {
        synchronized (answers) {
            for (int s : statuses) {
                answers.add(new int[] {s, 0});
            }
        }
        return this;
    }

    /** Answers the next request with {@code status} and a Retry-After header. */
    LoopbackWebhook answerRetryAfter(int status, int seconds) {
        synchronized (answers) {
            answers.add(new int[] {status, seconds});
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
