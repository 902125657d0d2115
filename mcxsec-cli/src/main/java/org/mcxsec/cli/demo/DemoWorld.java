// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.mcxsec.auth.Caller;
import org.mcxsec.auth.LocalTokenService;
import org.mcxsec.auth.UserDirectory;
import org.mcxsec.client.ClientRuntime;
import org.mcxsec.client.GktpProcessor;
import org.mcxsec.client.GmkEntry;
import org.mcxsec.client.GmkTable;
import org.mcxsec.client.McxClient;
import org.mcxsec.client.media.MediaProtection;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.server.groups.StaticGroupDirectory;
import org.mcxsec.server.regroup.ExplicitConfigurationMapping;
import org.mcxsec.server.ws.CallServer;

/**
 * The demo's world on loopback: three agencies' groups, a dispatcher, an outsider, two predefined group
 * security configurations and a preconfigured group; a token service, the call server (WebSocket signalling and
 * the UDP relay), one connected client per user, and {@link DemoKeys}: the KMS and the GMS side of GMK
 * distribution, each GMK reaching each holder as its own signed I_MESSAGE.
 *
 * <pre>
 *   police  police-01..  GMK(police)      sc-joint  police + fire + dispatch          (explicit for police+fire)
 *   fire    fire-01..    GMK(fire)        sc-all    everyone but the outsider; the last EMS member is only
 *   ems     ems-01..     GMK(ems)                   entitled (the GMS delivers it when a regroup needs it)
 *   dispatch             (dispatcher)     preconf   fire + ems + dispatch, except the last EMS member
 *   mallory              GMK(other)       (preconfigured-group-use-only)
 * </pre>
 */
final class DemoWorld implements AutoCloseable {
  static final String DOMAIN = "@demo.mcxsec.org";
  static final String POLICE = "sip:police" + DOMAIN;
  static final String FIRE = "sip:fire" + DOMAIN;
  static final String EMS = "sip:ems" + DOMAIN;
  static final String OTHER = "sip:other-agency" + DOMAIN;
  static final String SC_JOINT = "sip:sc-joint" + DOMAIN;
  static final String SC_ALL = "sip:sc-all" + DOMAIN;
  static final String PRECONF = "sip:preconf-major-incident" + DOMAIN;
  static final String DISPATCH = "sip:dispatch" + DOMAIN;
  static final String MALLORY = "sip:mallory" + DOMAIN;

  final SecureRandom random = new SecureRandom();
  final Clock clock = Clock.systemUTC();
  final MediaProtection protection;
  final StaticGroupDirectory directory = new StaticGroupDirectory(this::deliver);
  final Map<String, List<String>> agencies = new LinkedHashMap<>();
  final Map<String, GmkTable> tables = new ConcurrentHashMap<>();
  final Map<String, List<GmkEntry>> gmks = new LinkedHashMap<>();
  final Map<String, McxClient> clients = new LinkedHashMap<>();
  final ClientRuntime runtime = new ClientRuntime(4);
  final List<String> deliveryFailures = new CopyOnWriteArrayList<>();
  final AtomicLong gktps = new AtomicLong();
  final AtomicLong gktpNanos = new AtomicLong();
  private final DemoKeys keys;
  private final Map<String, List<GmkEntry>> pending = new ConcurrentHashMap<>();
  private volatile boolean distributed;
  private LocalTokenService tokens;
  private CallServer server;
  private URI uri;

  DemoWorld(MediaProtection protection) throws KeyMaterialException {
    this.protection = protection;
    this.keys = new DemoKeys(random, clock);
  }

  /** Defines the users, groups, configurations and GMKs, then starts the server. */
  void build(int members) throws IOException, KeyMaterialException {
    int per = Math.max(2, members / 3);
    int rest = Math.max(2, members - 2 * per);
    agencies.put(POLICE, users("police", per));
    agencies.put(FIRE, users("fire", per));
    agencies.put(EMS, users("ems", rest));
    List<String> ems = agencies.get(EMS);
    String emsLast = ems.get(ems.size() - 1);
    Set<String> everyone = new HashSet<>();
    agencies.values().forEach(everyone::addAll);
    everyone.add(DISPATCH);
    for (Map.Entry<String, List<String>> a : agencies.entrySet()) {
      directory.addGroup(a.getKey(), Set.copyOf(a.getValue()));
      newGmk(a.getKey(), Set.copyOf(a.getValue()), clock.instant().minusSeconds(60));
    }
    directory.addGroup(OTHER, Set.of(MALLORY));
    newGmk(OTHER, Set.of(MALLORY), clock.instant().minusSeconds(60));
    Set<String> joint = new HashSet<>(agencies.get(POLICE));
    joint.addAll(agencies.get(FIRE));
    joint.add(DISPATCH);
    directory.addConfiguration(SC_JOINT, joint, Set.of());
    newGmk(SC_JOINT, joint, clock.instant().minusSeconds(60));
    Set<String> all = new HashSet<>(everyone);
    all.remove(emsLast);
    directory.addConfiguration(SC_ALL, all, Set.of(emsLast));
    newGmk(SC_ALL, all, clock.instant().minusSeconds(60));
    Set<String> pre = new HashSet<>(agencies.get(FIRE));
    pre.addAll(ems);
    pre.remove(emsLast);
    pre.add(DISPATCH);
    directory.addPreconfiguredGroup(PRECONF, pre, Set.of());
    newGmk(PRECONF, pre, clock.instant().minusSeconds(60));
    distribute();
    List<UserDirectory.User> u = new ArrayList<>();
    for (String x : everyone) {
      u.add(new UserDirectory.User(x, "demo-" + x.hashCode(), x.equals(DISPATCH)));
    }
    u.add(new UserDirectory.User(MALLORY, "demo-mallory", false));
    tokens = new LocalTokenService(new UserDirectory(u), SecretBytes.random(32, random), "mcxsec-demo",
        Duration.ofHours(1), clock);
    server = CallServer.create(directory, new ExplicitConfigurationMapping(Map.of(),
        Map.of(Set.of(POLICE, FIRE), SC_JOINT)), tokens, new InetSocketAddress("127.0.0.1", 0));
    uri = URI.create("ws://127.0.0.1:" + server.serve("127.0.0.1", 0) + "/mcptt/ws");
  }

  private static List<String> users(String prefix, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(String.format("sip:%s-%02d%s", prefix, i, DOMAIN));
    }
    return out;
  }

  /** Connects a client for {@code user} with a token from the token service. */
  McxClient connect(String user) throws IOException {
    String token = tokens.issue(new Caller(user, user.equals(DISPATCH))).accessToken();
    McxClient c = McxClient.connect(runtime, uri, user, token, table(user), protection, clock);
    clients.put(user, c);
    return c;
  }

  McxClient client(String user) {
    return clients.get(user);
  }

  CallServer server() {
    return server;
  }

  URI uri() {
    return uri;
  }

  GmkTable table(String user) {
    return tables.computeIfAbsent(user, k -> new GmkTable());
  }

  /**
   * A fresh GMK for {@code groupId} (16 random octets, GMK-ID with purpose tag 0, one RAND for all members). Before
   * the world is built it waits for {@link #distribute()}; afterwards it is sent at once, each holder receiving
   * its own signed I_MESSAGE, which the holder's client opens and verifies.
   */
  GmkEntry newGmk(String groupId, Set<String> holders, Instant activation) {
    byte[] key = new byte[16];
    random.nextBytes(key);
    byte[] rand = new byte[16];
    random.nextBytes(rand);
    Instant from = Instant.ofEpochSecond(activation.getEpochSecond());
    GmkEntry e = new GmkEntry(SecretBytes.wrap(key, InsecureSecretAccess.get()), random.nextInt() & 0x0FFF_FFFF,
        Bytes.copyOf(rand), Set.of(groupId), from, from.plus(Duration.ofDays(30)), false);
    gmks.computeIfAbsent(groupId, k -> new ArrayList<>()).add(e);
    if (distributed) {
      send(holders, m -> List.of(e));
    } else {
      for (String h : holders) {
        pending.computeIfAbsent(h, k -> new ArrayList<>()).add(e);
      }
    }
    return e;
  }

  /** Sends every member all its GKTPs of the initial configuration, one opener per member. */
  private void distribute() {
    send(pending.keySet(), pending::get);
    pending.clear();
    distributed = true;
  }

  /** The stand-in GMS delivering configuration {@code id}'s GMKs to {@code users} on the server's request. */
  private void deliver(String id, Set<String> users) {
    send(users, m -> gmks.getOrDefault(id, List.of()));
  }

  /**
   * GMS → members: for each member (in parallel) its I_MESSAGEs, opened and verified by that member's client with
   * its SAKKE key; the opener is closed afterwards (its precomputed pairing lines are wiped).
   */
  private void send(Set<String> members, Function<String, List<GmkEntry>> entries) {
    long t0 = System.nanoTime();
    members.parallelStream().forEach(m -> {
      try (DemoKeys.UserOpener o = keys.openerFor(m)) {
        GktpProcessor p = new GktpProcessor(o.opener(), table(m));
        for (GmkEntry e : entries.apply(m)) {
          try {
            p.process(keys.gktp(e, m));
            gktps.incrementAndGet();
          } catch (McxException | RuntimeException x) {
            deliveryFailures.add(e.gmkIdHex() + " to " + m + ": " + x.getMessage());
          }
        }
      } catch (McxException | RuntimeException x) {
        deliveryFailures.add("no key for " + m + ": " + x.getMessage());
      }
    });
    gktpNanos.addAndGet(System.nanoTime() - t0);
  }

  @Override
  public void close() {
    clients.values().forEach(McxClient::close);
    if (server != null) {
      server.close();
    }
    runtime.close();
    keys.close();
  }
}
