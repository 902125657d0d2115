// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.ws;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.mcxsec.auth.TokenVerifier;
import org.mcxsec.server.call.CallController;
import org.mcxsec.server.groups.GroupDirectory;
import org.mcxsec.server.regroup.ExplicitConfigurationMapping;
import org.mcxsec.server.regroup.RegroupService;
import org.mcxsec.server.relay.SrtpRelay;

/**
 * The call server assembled: regroup service, call controller, SRTP relay and the WebSocket transport. The
 * {@code serve} composition calls {@link #create} and {@link #install} on its Javalin app; tests and the demo may
 * run it alone on its own app with {@link #serve}.
 *
 * <pre>
 *   CallServer calls = CallServer.create(directory, ExplicitConfigurationMapping.none(), tokens,
 *       new InetSocketAddress("127.0.0.1", 0));
 *   calls.install(app);     // mounts /mcptt/ws
 *   …
 *   calls.close();          // stops the relay
 * </pre>
 */
public final class CallServer implements AutoCloseable {
  private final SrtpRelay relay;
  private final RegroupService regroups;
  private final CallController controller;
  private final WebSocketSignalling signalling;
  private Javalin ownApp;

  private CallServer(SrtpRelay relay, RegroupService regroups, CallController controller,
      WebSocketSignalling signalling) {
    this.relay = relay;
    this.regroups = regroups;
    this.controller = controller;
    this.signalling = signalling;
  }

  /** Starts the relay on {@code relayBind} and builds the services; nothing listens for signalling yet. */
  public static CallServer create(GroupDirectory directory, ExplicitConfigurationMapping mapping,
      TokenVerifier tokens, InetSocketAddress relayBind) throws IOException {
    SrtpRelay relay = SrtpRelay.start(relayBind);
    RegroupService regroups = new RegroupService(directory, mapping);
    WebSocketSignalling ws = new WebSocketSignalling(tokens);
    CallController controller = new CallController(directory, regroups, relay, ws);
    ws.attach(controller);
    return new CallServer(relay, regroups, controller, ws);
  }

  /** Mounts the call-control WebSocket on {@code app}. */
  public void install(Javalin app) {
    signalling.install(app);
  }

  /** Serves signalling on its own Javalin app at {@code host}:{@code port} (0 picks one); returns the port. */
  public int serve(String host, int port) {
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.jetty.defaultHost = host;
      c.jetty.defaultPort = port;
    });
    install(app);
    app.start();
    ownApp = app;
    return app.port();
  }

  public SrtpRelay relay() {
    return relay;
  }

  public RegroupService regroups() {
    return regroups;
  }

  public CallController controller() {
    return controller;
  }

  @Override
  public void close() {
    if (ownApp != null) {
      ownApp.stop();
    }
    relay.close();
  }
}
