// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.ws;

import io.javalin.Javalin;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mcxsec.auth.AuthenticationException;
import org.mcxsec.auth.Caller;
import org.mcxsec.auth.TokenVerifier;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.server.call.CallController;
import org.mcxsec.server.call.Outbound;
import org.mcxsec.signalling.SipCodec;
import org.mcxsec.signalling.SipMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call-control transport (design §3): a WebSocket at {@link #PATH} carrying one SIP-shaped message per text
 * frame (RFC 7118 style). The client authenticates with its bearer access token ({@code Authorization: Bearer …}
 * on the upgrade request); without a valid one the connection is closed with 1008 before any message is read.
 * One connection per user: a new one replaces the old.
 *
 * <p>Thread safety: safe to share; sends to one connection are serialised.
 */
public final class WebSocketSignalling implements Outbound {
  /** Where clients connect. */
  public static final String PATH = "/mcptt/ws";
  private static final Logger LOG = LoggerFactory.getLogger(WebSocketSignalling.class);
  private static final String CALLER = "mcxsec.caller";

  private final TokenVerifier tokens;
  private final Map<String, WsContext> connections = new ConcurrentHashMap<>();
  private volatile CallController controller;

  public WebSocketSignalling(TokenVerifier tokens) {
    this.tokens = tokens;
  }

  /** Connects the controller that handles incoming messages (set once, before {@link #install}). */
  public void attach(CallController c) {
    this.controller = c;
  }

  /** Mounts the WebSocket on {@code app}. */
  public void install(Javalin app) {
    app.ws(PATH, ws -> {
      ws.onConnect(ctx -> {
        Optional<Caller> caller = authenticate(ctx);
        if (caller.isEmpty()) {
          ctx.closeSession(1008, "401 a valid bearer access token is required");
          return;
        }
        ctx.attribute(CALLER, caller.get());
        ctx.enableAutomaticPings();
        WsContext old = connections.put(caller.get().uri(), ctx);
        if (old != null && old != ctx) {
          old.closeSession(1000, "replaced by a new connection");
        }
      });
      ws.onMessage(ctx -> {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
          return;
        }
        SipMessage m;
        try {
          m = SipCodec.decode(ctx.message());
        } catch (MalformedMessageException e) {
          LOG.debug("malformed message from {}: {}", caller.uri(), e.getMessage());
          return;
        }
        controller.handle(caller.uri(), caller.dispatcher(), m).ifPresent(r -> send(ctx, r));
      });
      ws.onClose(ctx -> {
        Caller caller = ctx.attribute(CALLER);
        if (caller != null) {
          connections.remove(caller.uri(), ctx);
        }
      });
    });
  }

  private Optional<Caller> authenticate(WsContext ctx) {
    String h = ctx.header("Authorization");
    String token = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).strip() : null;
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(tokens.verify(token));
    } catch (AuthenticationException e) {
      LOG.debug("WebSocket token refused: {}", e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public void send(String user, SipMessage message) {
    WsContext ctx = connections.get(user);
    if (ctx != null) {
      send(ctx, message);
    }
  }

  private static void send(WsContext ctx, SipMessage message) {
    String text = SipCodec.encode(message);
    synchronized (ctx) {
      try {
        if (ctx.session.isOpen()) {
          ctx.send(text);
        }
      } catch (RuntimeException e) {
        LOG.debug("send failed: {}", e.getMessage());
      }
    }
  }

  @Override
  public boolean isConnected(String user) {
    WsContext ctx = connections.get(user);
    return ctx != null && ctx.session.isOpen();
  }
}
