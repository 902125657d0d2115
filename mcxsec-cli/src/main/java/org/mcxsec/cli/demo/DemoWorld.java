// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.mcxsec.client.ClientRuntime;
import org.mcxsec.client.GmkTable;
import org.mcxsec.client.McxClient;
import org.mcxsec.client.media.MediaProtection;
import org.mcxsec.client.provisioning.ClientProvisioning;
import org.mcxsec.client.provisioning.ServiceClient;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.gms.Gmk;
import org.mcxsec.gms.GmsService;
import org.mcxsec.gms.GroupDefinition;
import org.mcxsec.gms.GroupKind;
import org.mcxsec.kms.EccsiSakkeKmsCrypto;
import org.mcxsec.server.app.McxConfig;
import org.mcxsec.server.app.McxServer;
import org.mcxsec.server.app.RunningServer;
import org.mcxsec.server.app.ServerConfig;
import org.mcxsec.server.groups.GmsGroupDirectory;
import org.mcxsec.server.groups.GroupDirectory;
import org.mcxsec.server.groups.GroupRecord;
import org.mcxsec.server.groups.SecurityConfiguration;
import org.mcxsec.server.regroup.ExplicitConfigurationMapping;
import org.mcxsec.server.ws.CallServer;

/**
 * The demo's world on loopback (design §6): {@code serve}'s composition (KMS and GMS over HTTP, embedded database
 * in a temporary folder, token service) with the call server reading groups from the GMS, and one client per user
 * that takes its keys from the KMS and its GKTPs from the GMS over HTTP, opening and verifying every I_MESSAGE.
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
  static final String GMS_URI = "sip:gms@mcxsec.local";

  final SecureRandom random = new SecureRandom();
  final Clock clock = Clock.systemUTC();
  final MediaProtection protection;
  final Map<String, List<String>> agencies = new LinkedHashMap<>();
  final Map<String, GmkTable> tables = new ConcurrentHashMap<>();
  final Map<String, McxClient> clients = new ConcurrentHashMap<>();
  final ClientRuntime runtime = new ClientRuntime(4);
  final List<String> deliveryFailures = new CopyOnWriteArrayList<>();
  final AtomicLong gktps = new AtomicLong();
  final AtomicLong gktpNanos = new AtomicLong();
  private final Map<String, String> passwords = new HashMap<>();
  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private final Map<String, List<String>> keyGroups = new HashMap<>();
  private Path dataDir;
  private RunningServer services;
  private ServiceClient http;
  private CallServer server;
  private URI uri;

  DemoWorld(MediaProtection protection) {
    this.protection = protection;
  }

  /** Configures and starts the services, then provisions every user's keys over HTTP. */
  void build(int members) throws IOException, McxException {
    int per = Math.max(2, members / 3);
    int rest = Math.max(2, members - 2 * per);
    agencies.put(POLICE, users("police", per));
    agencies.put(FIRE, users("fire", per));
    agencies.put(EMS, users("ems", rest));
    List<String> ems = agencies.get(EMS);
    String emsLast = ems.get(ems.size() - 1);
    List<String> everyone = new ArrayList<>();
    agencies.values().forEach(everyone::addAll);
    everyone.add(DISPATCH);
    List<String> joint = new ArrayList<>(agencies.get(POLICE));
    joint.addAll(agencies.get(FIRE));
    joint.add(DISPATCH);
    List<String> all = new ArrayList<>(everyone);
    all.remove(emsLast);
    List<String> pre = new ArrayList<>(agencies.get(FIRE));
    pre.addAll(ems);
    pre.remove(emsLast);
    pre.add(DISPATCH);
    List<GroupDefinition> defs = new ArrayList<>();
    agencies.forEach((g, m) -> defs.add(new GroupDefinition(g, GroupKind.GROUP, m)));
    defs.add(new GroupDefinition(OTHER, GroupKind.GROUP, List.of(MALLORY)));
    defs.add(new GroupDefinition(SC_JOINT, GroupKind.SECURITY_CONFIGURATION, joint));
    defs.add(new GroupDefinition(SC_ALL, GroupKind.SECURITY_CONFIGURATION, all));
    defs.add(new GroupDefinition(PRECONF, GroupKind.PRECONFIGURED, pre));
    List<McxConfig.User> users = new ArrayList<>();
    for (String u : Stream.concat(everyone.stream(), Stream.of(MALLORY)).toList()) {
      byte[] pw = new byte[12];
      random.nextBytes(pw);
      passwords.put(u, java.util.HexFormat.of().formatHex(pw));
      users.add(new McxConfig.User(u, passwords.get(u), u.equals(DISPATCH)));
    }
    for (GroupDefinition d : defs) {
      for (String m : d.members()) {
        keyGroups.computeIfAbsent(m, k -> new ArrayList<>()).add(d.id());
      }
    }
    McxConfig config = new McxConfig(null, null, users,
        defs.stream().filter(d -> d.kind() == GroupKind.GROUP).map(d -> new McxConfig.Group(d.id(), d.members()))
            .toList(),
        List.of(new McxConfig.Holders(PRECONF, pre)),
        List.of(new McxConfig.Holders(SC_JOINT, joint), new McxConfig.Holders(SC_ALL, all)), null, null);
    dataDir = Files.createTempDirectory("mcxsec-demo");
    // the demo runs its own call server (explicit mapping, deliveries fetched at once) on its own port
    services = McxServer.start(ServerConfig.of(dataDir, new EccsiSakkeKmsCrypto()).withConfig(config).withoutCalls());
    http = new ServiceClient(HttpClient.newBuilder().executor(runtime.executor()).build(), URI.create(services.url()));
    GroupDirectory directory = new Delivering(new GmsGroupDirectory(gms(), defs, Map.of(SC_ALL, Set.of(emsLast))));
    server = CallServer.create(directory, new ExplicitConfigurationMapping(Map.of(),
        Map.of(Set.of(POLICE, FIRE), SC_JOINT)), services.tokens(), new InetSocketAddress("127.0.0.1", 0));
    uri = URI.create("ws://127.0.0.1:" + server.serve("127.0.0.1", 0) + "/mcptt/ws");
    fetch(Stream.concat(everyone.stream(), Stream.of(MALLORY)).toList(), keyGroups::get);
  }

  /** The services' base URL (KMS, GMS, tokens). */
  String servicesUrl() {
    return services.url();
  }

  GmsService gms() {
    return services.gms().orElseThrow();
  }

  /** GMK-IDs of {@code group} at the GMS, oldest activation first. */
  List<String> gmkIds(String group) {
    return gms().gmks(group).stream().sorted(Comparator.comparing(Gmk::activation)).map(Gmk::gmkIdHex).toList();
  }

  /**
   * Each user, in parallel: a token, the KMS certificate and its key sets over HTTP, then the documents of
   * {@code groups} with their GKTPs, every one opened and verified; the receiver keys are wiped afterwards.
   */
  void fetch(List<String> users, java.util.function.Function<String, List<String>> groups) {
    long t0 = System.nanoTime();
    users.parallelStream().forEach(u -> {
      try (ClientProvisioning p = ClientProvisioning.provision(http, u, passwords.get(u), GMS_URI, table(u),
          clock)) {
        tokens.put(u, p.token());
        for (String g : groups.apply(u)) {
          gktps.addAndGet(p.fetchGroup(g).size());
        }
      } catch (IOException | McxException | RuntimeException e) {
        deliveryFailures.add(u + ": " + e.getMessage());
      }
    });
    gktpNanos.addAndGet(System.nanoTime() - t0);
  }

  /** A new GMK for {@code group} made by the GMS now (a rollover); its members fetch it. Returns its GMK-ID. */
  String rollover(String group) throws KeyMaterialException {
    Gmk g = gms().createGmk(group, clock.instant());
    fetch(List.copyOf(gms().members(group)), u -> List.of(group));
    return g.gmkIdHex();
  }

  private static List<String> users(String prefix, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(String.format("sip:%s-%02d%s", prefix, i, DOMAIN));
    }
    return out;
  }

  /** Connects a client for {@code user} with the token it obtained. */
  McxClient connect(String user) throws IOException {
    McxClient c = McxClient.connect(runtime, uri, user, tokens.get(user), table(user), protection, clock);
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
   * The GMS read side, with the step a GMS notification triggers: a member just given a configuration fetches
   * its document (TS 23.280 10.1.5.2: notify, then get) before the server goes on.
   */
  private final class Delivering implements GroupDirectory {
    private final GroupDirectory gms;

    Delivering(GroupDirectory gms) {
      this.gms = gms;
    }

    @Override
    public java.util.Optional<GroupRecord> group(String id) {
      return gms.group(id);
    }

    @Override
    public java.util.Optional<SecurityConfiguration> configuration(String id) {
      return gms.configuration(id);
    }

    @Override
    public List<SecurityConfiguration> configurations() {
      return gms.configurations();
    }

    @Override
    public Set<String> deliver(String id, Set<String> users) {
      Set<String> before = new HashSet<>(gms.configuration(id).map(SecurityConfiguration::holders).orElse(Set.of()));
      Set<String> holding = gms.deliver(id, users);
      List<String> fresh = holding.stream().filter(u -> !before.contains(u)).toList();
      fetch(fresh, u -> List.of(id));
      return holding;
    }
  }

  @Override
  public void close() {
    clients.values().forEach(McxClient::close);
    if (server != null) {
      server.close();
    }
    if (services != null) {
      services.close();
    }
    runtime.close();
    if (dataDir != null) {
      try (Stream<Path> s = Files.walk(dataDir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a leftover temporary folder is harmless
      }
    }
  }
}
