// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcxsec.server.ws.WebSocketSignalling;
import org.mcxsec.signalling.AffiliationBody;
import org.mcxsec.signalling.SipCodec;
import org.mcxsec.signalling.SipHeaders;
import org.mcxsec.signalling.SipMessage;

/** {@code serve} runs the call server too (design §5): its WebSocket on the same port, bearer token required. */
class ServeCallServerTest {
  private static final String ALICE = "sip:alice@example.org";
  private static final String G1 = "sip:g1@example.org";
  @TempDir Path dir;

  private ServerConfig config() throws Exception {
    return ServerConfig.of(dir, TestCrypto.kmsCrypto()).withConfig(McxConfigFile.parse("""
        users: [{uri: 'sip:alice@example.org', password: pw}]
        groups: [{id: 'sip:g1@example.org', members: ['sip:alice@example.org']}]
        """, "test"));
  }

  @Test
  void serve_withToken_affiliatesOverTheCallServerWebSocket_withoutToken_closedWith401() throws Exception {
    try (RunningServer s = McxServer.start(config())) {
      assertEquals("127.0.0.1", s.calls().orElseThrow().relay().localAddress().getAddress().getHostAddress());
      URI ws = URI.create(s.url().replaceFirst("^http", "ws") + WebSocketSignalling.PATH);
      Frames anonymous = new Frames();
      HttpClient http = HttpClient.newHttpClient();
      http.newWebSocketBuilder().buildAsync(ws, anonymous).get(10, TimeUnit.SECONDS);
      String closed = anonymous.closed.get(10, TimeUnit.SECONDS);
      assertTrue(closed.startsWith("1008 401 "), closed);

      String token = new HttpTestClient(s.url()).token(ALICE, "pw");
      Frames alice = new Frames();
      WebSocket w = http.newWebSocketBuilder().header("Authorization", "Bearer " + token).buildAsync(ws, alice)
          .get(10, TimeUnit.SECONDS);
      w.sendText(SipCodec.encode(SipMessage.request("PUBLISH", ALICE).with(SipHeaders.CALL_ID, "affiliation-1")
          .with(SipHeaders.CSEQ, "1 PUBLISH").with(SipHeaders.EVENT, "presence")
          .withBody(SipHeaders.PIDF, new AffiliationBody(ALICE, List.of(G1)).encode())), true).join();
      SipMessage r = SipCodec.decode(alice.text.get(10, TimeUnit.SECONDS));
      assertEquals(200, r.status(), r.toString());
      assertEquals(List.of(G1), AffiliationBody.decode(r.body()).groups());
      w.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }
  }

  @Test
  void serve_withoutCalls_hasNoCallServer() throws Exception {
    try (RunningServer s = McxServer.start(config().withoutCalls())) {
      assertFalse(s.calls().isPresent());
      URI ws = URI.create(s.url().replaceFirst("^http", "ws") + WebSocketSignalling.PATH);
      ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
          () -> HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(ws, new Frames()).get(10,
              TimeUnit.SECONDS));
      assertTrue(e.getCause() instanceof java.net.http.WebSocketHandshakeException, e.toString());
    }
  }

  /** The first text frame and the close of one connection. */
  private static final class Frames implements WebSocket.Listener {
    final CompletableFuture<String> text = new CompletableFuture<>();
    final CompletableFuture<String> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        text.complete(partial.toString());
      }
      w.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket w, int status, String reason) {
      closed.complete(status + " " + reason);
      return null;
    }
  }
}
