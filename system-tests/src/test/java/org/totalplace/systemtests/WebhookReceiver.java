package org.totalplace.systemtests;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/**
 * A system's webhook endpoint, in the test: each path answers as the test says (a status, or a
 * sequence) and keeps what arrived, for the test to wait on.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as it arrived. */
  record Received(String path, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase());
    }
  }

  private final HttpServer server;
  private final Map<String, IntSupplier> answers = new ConcurrentHashMap<>();
  private final Map<String, BlockingQueue<Received>> arrived = new ConcurrentHashMap<>();

  WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          Map<String, String> headers = new ConcurrentHashMap<>();
          exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
          queue(path).add(new Received(path, headers, body));
          int status = answers.getOrDefault(path, () -> 404).getAsInt();
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  /** The address of a path of this receiver, as a subscription gives it. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void answer(String path, IntSupplier status) {
    answers.put(path, status);
  }

  /** Waits for the next request at the path that matches, skipping others. */
  Received next(String path, Predicate<Received> matching, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        Received r = left <= 0 ? null : queue(path).poll(left, TimeUnit.NANOSECONDS);
        if (r == null) {
          throw new AssertionError("Nothing matching arrived at " + path + " within " + within);
        }
        if (matching.test(r)) {
          return r;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What has arrived at the path and not been taken yet. */
  java.util.List<Received> waiting(String path) {
    return java.util.List.copyOf(queue(path));
  }

  private BlockingQueue<Received> queue(String path) {
    return arrived.computeIfAbsent(path, p -> new LinkedBlockingQueue<>());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
