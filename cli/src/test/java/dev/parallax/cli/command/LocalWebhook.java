package dev.parallax.cli.command;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A webhook receiver on 127.0.0.1 (a real HTTP server) for tests that run {@code parallax} in child
 * JVMs: it keeps every body it answers with 200, or, while {@link #hang} is set, never answers.
 */
final class LocalWebhook implements AutoCloseable {

    /** The bodies answered, in arrival order. */
    final List<String> posts = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch stopHanging = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer server;
    private volatile boolean hanging;

    LocalWebhook() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/hook", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                if (hanging) {
                    stopHanging.await(60, TimeUnit.SECONDS);
                    exchange.close();
                    return;
                }
                posts.add(text);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    /** From now on requests get no answer, until {@link #answer}. */
    void hang() {
        hanging = true;
    }

    /** Answers from now on; requests left hanging are dropped without an answer. */
    void answer() {
        hanging = false;
        stopHanging.countDown();
    }

    /** A builder for {@code parallax args} in a new JVM whose webhook is this server. */
    ProcessBuilder parallax(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "dev.parallax.cli.Parallax"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PARALLAX_WEBHOOK_URL",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        return builder;
    }

    @Override
    public void close() {
        stopHanging.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
