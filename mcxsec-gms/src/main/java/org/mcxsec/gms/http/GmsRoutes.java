// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms.http;

import io.javalin.Javalin;
import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mcxsec.auth.Caller;
import org.mcxsec.auth.http.BearerAuth;
import org.mcxsec.gms.GmsListener;
import org.mcxsec.gms.GmsService;
import org.mcxsec.gms.xml.GroupDocumentWriter;

/**
 * The GMS over HTTP (design §3): thin handlers over {@link GmsService}.
 *
 * <ul>
 *   <li>{@code GET /gms/groups/{group id}} → the caller's own group document (403 for a non-member);
 *   <li>{@code GET /gms/notifications} → a server-sent event stream: event {@code group-changed}, data = the group
 *       ID, whenever the caller's view of a group changed; the client then fetches that document (send
 *       {@code Accept: text/event-stream}).
 * </ul>
 * Both need a Bearer token.
 */
public final class GmsRoutes implements GmsListener {
  /** Path of the group documents. */
  public static final String GROUPS = "/gms/groups/{id}";
  /** Path of the notification stream. */
  public static final String NOTIFICATIONS = "/gms/notifications";

  private static final String CALLER = "mcxsec.caller";
  private final BearerAuth auth;
  private final GroupDocumentWriter writer = new GroupDocumentWriter();
  private final Map<String, Set<SseClient>> subscribers = new ConcurrentHashMap<>();
  private volatile GmsService gms;

  public GmsRoutes(BearerAuth auth) {
    this.auth = auth;
  }

  /** Registers the endpoints on {@code app}, serving {@code service} (which should notify this listener). */
  public void install(Javalin app, GmsService service) {
    this.gms = service;
    app.get(GROUPS, ctx -> {
      Caller caller = auth.authenticate(ctx);
      ctx.header("Cache-Control", "no-store");
      ctx.contentType(GroupDocumentWriter.MEDIA_TYPE + "; charset=UTF-8")
          .result(writer.write(gms.document(ctx.pathParam("id"), caller.uri())));
    });
    app.before(NOTIFICATIONS, ctx -> ctx.attribute(CALLER, auth.authenticate(ctx)));
    app.sse(NOTIFICATIONS, client -> {
      String uri = client.ctx().<Caller>attribute(CALLER).uri();
      Set<SseClient> set = subscribers.computeIfAbsent(uri, k -> ConcurrentHashMap.newKeySet());
      set.add(client);
      client.keepAlive();
      client.onClose(() -> set.remove(client));
      client.sendComment("subscribed " + uri);
    });
  }

  @Override
  public void changed(String memberUri, String groupId) {
    Set<SseClient> set = subscribers.get(memberUri);
    if (set != null) {
      for (SseClient c : set) {
        c.sendEvent("group-changed", groupId);
      }
    }
  }
}
