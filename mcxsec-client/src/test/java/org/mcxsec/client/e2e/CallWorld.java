// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.e2e;

import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.mcxsec.auth.Caller;
import org.mcxsec.auth.LocalTokenService;
import org.mcxsec.auth.UserDirectory;
import org.mcxsec.client.GmkEntry;
import org.mcxsec.client.GmkTable;
import org.mcxsec.client.McxClient;
import org.mcxsec.client.media.SrtpMediaProtection;
import org.mcxsec.client.media.MediaProtection;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.server.groups.StaticGroupDirectory;
import org.mcxsec.server.regroup.ExplicitConfigurationMapping;
import org.mcxsec.server.ws.CallServer;

/**
 * A call server on loopback with real WebSocket signalling and the UDP relay, clients connected to it, and a
 * stand-in GMS that hands each member its GMKs (random keys, random GMK-IDs, one RAND per GMK as TS 33.180 §5.7
 * has it).
 */
final class CallWorld implements AutoCloseable {
  final SecureRandom random = new SecureRandom();
  final Clock clock = Clock.systemUTC();
  final MediaProtection protection = new SrtpMediaProtection();
  final StaticGroupDirectory directory;
  final Map<String, GmkTable> tables = new HashMap<>();
  final Map<String, List<GmkEntry>> gmksByGroup = new HashMap<>();
  final Map<String, Set<String>> holders = new HashMap<>();
  private final List<McxClient> clients = new ArrayList<>();
  private LocalTokenService tokens;
  private CallServer server;
  private int port;

  CallWorld() {
    this.directory = new StaticGroupDirectory(this::deliver);
  }

  /** Starts the server; add groups and configurations first. */
  CallWorld start(Set<String> users, Set<String> dispatchers) throws Exception {
    List<UserDirectory.User> u = new ArrayList<>();
    for (String x : users) {
      u.add(new UserDirectory.User(x, "pw", dispatchers.contains(x)));
    }
    tokens = new LocalTokenService(new UserDirectory(u), SecretBytes.random(32, random), "mcxsec-test",
        Duration.ofHours(1), clock);
    server = CallServer.create(directory, ExplicitConfigurationMapping.none(), tokens,
        new InetSocketAddress("127.0.0.1", 0));
    port = server.serve("127.0.0.1", 0);
    return this;
  }

  CallServer server() {
    return server;
  }

  /** A new GMK for {@code groupId}, given to each of {@code members}. */
  GmkEntry newGmk(String groupId, Set<String> members, Instant activation) {
    byte[] key = new byte[16];
    random.nextBytes(key);
    byte[] rand = new byte[16];
    random.nextBytes(rand);
    int gmkId = random.nextInt() & 0x0FFF_FFFF;
    GmkEntry e = new GmkEntry(SecretBytes.wrap(key, InsecureSecretAccess.get()), gmkId, Bytes.copyOf(rand),
        Set.of(groupId), activation, activation.plus(Duration.ofDays(30)), false);
    gmksByGroup.computeIfAbsent(groupId, k -> new ArrayList<>()).add(e);
    holders.computeIfAbsent(groupId, k -> new java.util.HashSet<>()).addAll(members);
    for (String m : members) {
      table(m).put(copy(e));
    }
    return e;
  }

  GmkEntry newGmk(String groupId, Set<String> members) {
    return newGmk(groupId, members, clock.instant().minusSeconds(1));
  }

  private void deliver(String configurationId, Set<String> users) {
    for (GmkEntry e : gmksByGroup.getOrDefault(configurationId, List.of())) {
      for (String u : users) {
        table(u).put(copy(e));
      }
    }
  }

  static GmkEntry copy(GmkEntry e) {
    return new GmkEntry(e.gmk(), e.gmkId(), e.rand(), e.groupIds(), e.activation(), e.expiry(), e.revoked());
  }

  GmkTable table(String user) {
    return tables.computeIfAbsent(user, k -> new GmkTable());
  }

  McxClient connect(String user, boolean dispatcher) throws Exception {
    String token = tokens.issue(new Caller(user, dispatcher)).accessToken();
    McxClient c = McxClient.connect(URI.create("ws://127.0.0.1:" + port + "/mcptt/ws"), user, token, table(user),
        protection, clock);
    clients.add(c);
    return c;
  }

  URI uri() {
    return URI.create("ws://127.0.0.1:" + port + "/mcptt/ws");
  }

  /** Waits up to 10 s for {@code condition}. */
  static boolean await(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(10);
    }
    return condition.getAsBoolean();
  }

  /** Waits until the call on {@code target} has exactly {@code participants}. */
  void awaitParticipants(String target, Set<String> participants) throws InterruptedException {
    boolean ok = await(() -> server.controller().call(target)
        .map(c -> c.participants().containsAll(participants) && c.invitedPending() == 0).orElse(false));
    if (!ok) {
      throw new AssertionError("call on " + target + " did not reach " + participants + ": "
          + server.controller().call(target));
    }
  }

  @Override
  public void close() {
    clients.forEach(McxClient::close);
    if (server != null) {
      server.close();
    }
  }
}
