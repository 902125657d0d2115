// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client;

import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.signalling.SipCodec;
import org.mcxsec.signalling.SipHeaders;
import org.mcxsec.signalling.SipMessage;

/**
 * The client side of the call-control WebSocket: sends requests and waits for their response (matched by
 * Call-ID and CSeq), and hands incoming requests to a handler on one thread, in order.
 *
 * <p>Thread safety: safe to share.
 */
final class SignallingConnection implements AutoCloseable {
  static final Duration TIMEOUT = Duration.ofSeconds(15);
  private final Map<String, CompletableFuture<SipMessage>> pending = new ConcurrentHashMap<>();
  private final Executor inbound;
  private final AtomicInteger cseq = new AtomicInteger(10);
  private final CompletableFuture<String> closed = new CompletableFuture<>();
  private final Consumer<SipMessage> requests;
  private volatile WebSocket ws;

  private SignallingConnection(Executor inbound, Consumer<SipMessage> requests) {
    this.inbound = inbound;
    this.requests = requests;
  }

  static SignallingConnection open(ClientRuntime runtime, URI uri, String token, Consumer<SipMessage> requests)
      throws java.io.IOException {
    SignallingConnection c = new SignallingConnection(runtime.serial(), requests);
    WebSocket.Listener listener = new WebSocket.Listener() {
      private final StringBuilder text = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
          String s = text.toString();
          text.setLength(0);
          c.onText(s);
        }
        w.request(1);
        return null;
      }

      @Override
      public CompletionStage<?> onClose(WebSocket w, int status, String reason) {
        c.closed.complete(status + " " + reason);
        return null;
      }

      @Override
      public void onError(WebSocket w, Throwable error) {
        c.closed.complete("error: " + error.getMessage());
      }
    };
    try {
      c.ws = runtime.http().newWebSocketBuilder().connectTimeout(TIMEOUT)
          .header("Authorization", "Bearer " + token).buildAsync(uri, listener).get(TIMEOUT.toSeconds(),
              TimeUnit.SECONDS);
      return c;
    } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
      throw new java.io.IOException("cannot open the call-control WebSocket at " + uri + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.IOException("interrupted while connecting to " + uri, e);
    }
  }

  private void onText(String s) {
    SipMessage m;
    try {
      m = SipCodec.decode(s);
    } catch (MalformedMessageException e) {
      return;
    }
    if (m.isRequest()) {
      inbound.execute(() -> requests.accept(m));
    } else {
      CompletableFuture<SipMessage> f = pending.remove(m.callId() + " " + m.header(SipHeaders.CSEQ).orElse(""));
      if (f != null) {
        f.complete(m);
      }
    }
  }

  /** A fresh CSeq header value for {@code method}. */
  String nextCseq(String method) {
    return cseq.incrementAndGet() + " " + method;
  }

  /**
   * Sends {@code request} (which must carry Call-ID and CSeq) and waits for its response.
   *
   * @throws java.io.IOException if no response came in time or the connection closed
   */
  SipMessage request(SipMessage request) throws java.io.IOException {
    String key = request.callId() + " " + request.header(SipHeaders.CSEQ).orElseThrow();
    CompletableFuture<SipMessage> f = new CompletableFuture<>();
    pending.put(key, f);
    try {
      send(request);
      return f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
      throw new java.io.IOException("no response to " + request + (closed.isDone() ? " (connection closed: "
          + closed.getNow("") + ")" : ""), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.IOException("interrupted", e);
    } finally {
      pending.remove(key);
    }
  }

  /** Sends without waiting (responses to the server's requests). */
  synchronized void send(SipMessage m) throws java.io.IOException {
    try {
      ws.sendText(SipCodec.encode(m), true).join();
    } catch (java.util.concurrent.CompletionException | IllegalStateException e) {
      throw new java.io.IOException("cannot send " + m + (closed.isDone() ? " (connection closed: "
          + closed.getNow("") + ")" : "") + ": " + e.getMessage(), e);
    }
  }

  /** Why the connection closed, once it has. */
  CompletableFuture<String> closed() {
    return closed;
  }

  @Override
  public void close() {
    try {
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(2, TimeUnit.SECONDS);
    } catch (Exception e) {
      ws.abort();
    }
  }
}
