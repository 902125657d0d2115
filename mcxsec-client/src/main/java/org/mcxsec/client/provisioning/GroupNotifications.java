// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.provisioning;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The client's side of the GMS notifications (design §3: changes are pushed, then fetched; TS 23.280 10.1.5.2):
 * a server-sent event stream ({@code GET /gms/notifications}, W3C Server-Sent Events) read on one daemon thread.
 * Each {@code group-changed} event hands its data, the group ID, to the {@link Listener}; the listener fetches
 * that document. Lines longer than {@link #MAX_LINE} octets end the connection; a lost connection is reopened
 * after a backoff that doubles from {@link #MIN_BACKOFF} to {@link #MAX_BACKOFF}, and {@link Listener#subscribed()}
 * runs after every (re)connection so that changes missed meanwhile can be fetched.
 *
 * <p>Thread safety: {@link #close()} may be called from any thread; the listener runs on the notification thread.
 */
public final class GroupNotifications implements AutoCloseable {
  /** Path of the stream at the GMS. */
  public static final String PATH = "/gms/notifications";
  /** Longest line accepted, in octets. */
  public static final int MAX_LINE = 4096;
  static final Duration MIN_BACKOFF = Duration.ofMillis(250);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
  private static final String EVENT = "group-changed";

  /** What the stream reports. */
  public interface Listener {
    /** The caller's view of {@code groupId} changed: fetch its document. */
    void groupChanged(String groupId);

    /** The stream is open (again); changes from now on are reported. */
    default void subscribed() {}

    /** The stream failed (it is reopened after a backoff); {@code why} names the cause. */
    default void disconnected(String why) {}
  }

  private final HttpClient http;
  private final URI uri;
  private final Supplier<String> token;
  private final Listener listener;
  private final Thread thread;
  private final CountDownLatch firstSubscription = new CountDownLatch(1);
  private volatile boolean closed;
  private volatile InputStream current;

  private GroupNotifications(HttpClient http, URI base, Supplier<String> token, Listener listener) {
    this.http = http;
    this.uri = base.resolve(PATH);
    this.token = token;
    this.listener = listener;
    this.thread = new Thread(this::loop, "gms-notifications");
    this.thread.setDaemon(true);
  }

  /** Opens the stream at {@code base} with the bearer {@code token} and starts reading it. */
  public static GroupNotifications subscribe(HttpClient http, URI base, Supplier<String> token,
      Listener listener) {
    GroupNotifications n = new GroupNotifications(http, base, token, listener);
    n.thread.start();
    return n;
  }

  /** Waits until the stream was open at least once; returns false on timeout. */
  public boolean awaitSubscribed(Duration timeout) throws InterruptedException {
    return firstSubscription.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void loop() {
    long backoff = MIN_BACKOFF.toMillis();
    while (!closed) {
      try {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
            .header("Authorization", "Bearer " + token.get()).timeout(Duration.ofSeconds(30)).GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
          if (r.statusCode() != 200) {
            throw new IOException(PATH + " refused: HTTP " + r.statusCode());
          }
          current = in;
          backoff = MIN_BACKOFF.toMillis();
          listener.subscribed();
          firstSubscription.countDown();
          read(in);
          throw new IOException("the GMS closed the notification stream");
        }
      } catch (IOException | RuntimeException e) {
        if (closed) {
          return;
        }
        listener.disconnected(String.valueOf(e.getMessage()));
      } catch (InterruptedException e) {
        return;
      }
      try {
        Thread.sleep(backoff);
      } catch (InterruptedException e) {
        return;
      }
      backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
    }
  }

  /** Reads events until the end of the stream (W3C SSE: field lines, a blank line dispatches). */
  private void read(InputStream in) throws IOException {
    String event = "";
    StringBuilder data = new StringBuilder();
    byte[] line = new byte[MAX_LINE];
    while (true) {
      int n = 0;
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        if (n == MAX_LINE) {
          throw new IOException("notification line longer than " + MAX_LINE + " octets");
        }
        line[n++] = (byte) b;
      }
      if (b == -1) {
        return;
      }
      String s = new String(line, 0, n > 0 && line[n - 1] == '\r' ? n - 1 : n, StandardCharsets.UTF_8);
      if (s.isEmpty()) {
        if (event.equals(EVENT) && data.length() > 0) {
          listener.groupChanged(data.toString());
        }
        event = "";
        data.setLength(0);
      } else if (s.startsWith("event:")) {
        event = s.substring(6).strip();
      } else if (s.startsWith("data:")) {
        if (data.length() + s.length() > MAX_LINE) {
          throw new IOException("notification data longer than " + MAX_LINE + " octets");
        }
        data.append(data.length() > 0 ? "\n" : "").append(s.substring(5).strip());
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    InputStream in = current;
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // closing is best effort; the thread stops at its next read
      }
    }
  }
}
