// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcxsec.client.GmkEntry;
import org.mcxsec.client.GmkTable;
import org.mcxsec.gms.Gmk;
import org.mcxsec.gms.GmsService;
import org.mcxsec.kms.EccsiSakkeKmsCrypto;
import org.mcxsec.server.app.McxConfigFile;
import org.mcxsec.server.app.McxServer;
import org.mcxsec.server.app.RunningServer;
import org.mcxsec.server.app.ServerConfig;

/** GMS notifications (design §3: pushed, then fetched) reach the client's GMK table without an explicit fetch. */
class GroupNotificationsTest {
  private static final String ALICE = "sip:alice@example.org";
  private static final String G1 = "sip:g1@example.org";

  @Test
  void rolloverAtTheGms_reachesTheSubscribedClientsTable(@TempDir Path dir) throws Exception {
    String yaml = """
        users: [{uri: "sip:alice@example.org", password: a}]
        groups: [{id: "sip:g1@example.org", members: ["sip:alice@example.org"]}]
        """;
    try (RunningServer s = McxServer.start(ServerConfig.of(dir, new EccsiSakkeKmsCrypto()).withoutCalls()
        .withConfig(McxConfigFile.parse(yaml, "test")))) {
      GmsService gms = s.gms().orElseThrow();
      GmkTable table = new GmkTable();
      List<String> fetched = new CopyOnWriteArrayList<>();
      try (ClientProvisioning p = ClientProvisioning.provision(new ServiceClient(HttpClient.newHttpClient(),
          URI.create(s.url())), ALICE, "a", "sip:gms@mcxsec.local", table, Clock.systemUTC())) {
        p.fetchGroup(G1);
        assertEquals(1, table.forGroup(G1).size());
        List<String> events = new CopyOnWriteArrayList<>();
        try (GroupNotifications n = p.subscribe(new ClientProvisioning.GroupUpdates() {
          @Override
          public void fetched(String groupId, List<GmkEntry> gmks) {
            fetched.add(groupId);
          }

          @Override
          public void failed(String groupId, Exception e) {
            events.add("failed " + groupId + ": " + e.getMessage());
          }

          @Override
          public void disconnected(String why) {
            events.add("disconnected: " + why);
          }
        })) {
          assertTrue(n.awaitSubscribed(Duration.ofSeconds(10)));
          Gmk next = gms.createGmk(G1, Clock.systemUTC().instant());
          assertTrue(await(() -> table.byGmkId(next.gmkId()).isPresent()), "new GMK " + next.gmkIdHex()
              + " not in the table; fetched " + fetched + ", " + events);
          GmkEntry e = table.byGmkId(next.gmkId()).orElseThrow();
          assertTrue(e.groupIds().contains(G1));
          assertTrue(fetched.contains(G1));
        }
      }
    }
  }

  @Test
  void overlongLine_dropsTheConnection_thenReconnectsAndReportsEvents() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger connections = new AtomicInteger();
    List<String> auth = new CopyOnWriteArrayList<>();
    server.createContext(GroupNotifications.PATH, x -> {
      auth.add(String.valueOf(x.getRequestHeaders().getFirst("Authorization")));
      String body = connections.incrementAndGet() == 1
          ? "data: " + "a".repeat(GroupNotifications.MAX_LINE) + "\n\n"
          : ": subscribed\n\nevent: other\ndata: ignored\n\nevent: group-changed\r\ndata: sip:g9@example.org\r\n\r\n";
      x.getResponseHeaders().add("Content-Type", "text/event-stream");
      x.sendResponseHeaders(200, 0);
      try (OutputStream o = x.getResponseBody()) {
        o.write(body.getBytes(StandardCharsets.UTF_8));
      }
    });
    server.start();
    List<String> changed = new CopyOnWriteArrayList<>();
    List<String> dropped = new CopyOnWriteArrayList<>();
    try (GroupNotifications n = GroupNotifications.subscribe(HttpClient.newHttpClient(),
        URI.create("http://127.0.0.1:" + server.getAddress().getPort()), () -> "tok",
        new GroupNotifications.Listener() {
          @Override
          public void groupChanged(String groupId) {
            changed.add(groupId);
          }

          @Override
          public void disconnected(String why) {
            dropped.add(why);
          }
        })) {
      assertTrue(await(() -> !changed.isEmpty()), "dropped: " + dropped);
      assertEquals(List.of("sip:g9@example.org"), changed.subList(0, 1));
      assertEquals("notification line longer than 4096 octets", dropped.get(0));
      assertEquals("Bearer tok", auth.get(0));
    } finally {
      server.stop(0);
    }
  }

  private static boolean await(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(20);
    }
    return condition.getAsBoolean();
  }
}
