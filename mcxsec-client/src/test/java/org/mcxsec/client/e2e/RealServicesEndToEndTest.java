// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcxsec.client.ClientCall;
import org.mcxsec.client.GmkTable;
import org.mcxsec.client.McxClient;
import org.mcxsec.client.media.SrtpMediaProtection;
import org.mcxsec.client.provisioning.ClientProvisioning;
import org.mcxsec.client.provisioning.ServiceClient;
import org.mcxsec.gms.GmsService;
import org.mcxsec.gms.GroupDefinition;
import org.mcxsec.gms.GroupKind;
import org.mcxsec.kms.EccsiSakkeKmsCrypto;
import org.mcxsec.server.app.McxConfigFile;
import org.mcxsec.server.app.McxServer;
import org.mcxsec.server.app.RunningServer;
import org.mcxsec.server.app.ServerConfig;
import org.mcxsec.server.groups.GmsGroupDirectory;
import org.mcxsec.server.regroup.ExplicitConfigurationMapping;
import org.mcxsec.server.ws.CallServer;
import org.mcxsec.signalling.RegroupBody;

/**
 * The whole path against the real services: KMS keys and GMS group documents over HTTP, every GKTP a signed
 * I_MESSAGE opened and verified by the client, the call server reading groups from the GMS, and a group regroup
 * call whose media is protected with the security configuration's GMK as the GMS made it.
 */
class RealServicesEndToEndTest {
  static final String G1 = "sip:g1@example.org";
  static final String G2 = "sip:g2@example.org";
  static final String SC = "sip:sc@example.org";
  static final String T = "sip:t@example.org";
  static final String ALICE = "sip:alice@example.org";
  static final String BOB = "sip:bob@example.org";
  static final String CAROL = "sip:carol@example.org";
  static final String DISPATCH = "sip:dispatch@example.org";
  static final String GMS = "sip:gms@mcxsec.local";

  @Test
  void groupRegroupCall_withGmksFromTheGmsOverHttp(@TempDir Path dir) throws Exception {
    String yaml = """
        users:
          - {uri: "sip:alice@example.org", password: a}
          - {uri: "sip:bob@example.org", password: b}
          - {uri: "sip:carol@example.org", password: c}
          - {uri: "sip:dispatch@example.org", password: d, dispatcher: true}
        groups:
          - {id: "sip:g1@example.org", members: ["sip:alice@example.org", "sip:bob@example.org"]}
          - {id: "sip:g2@example.org", members: ["sip:carol@example.org"]}
        security-configurations:
          - {id: "sip:sc@example.org", holders: ["sip:alice@example.org", "sip:bob@example.org",
             "sip:carol@example.org", "sip:dispatch@example.org"]}
        """;
    try (RunningServer s = McxServer.start(ServerConfig.of(dir, new EccsiSakkeKmsCrypto())
        .withConfig(McxConfigFile.parse(yaml, "test")))) {
      GmsService gms = s.gms().orElseThrow();
      List<GroupDefinition> defs = List.of(new GroupDefinition(G1, GroupKind.GROUP, List.of(ALICE, BOB)),
          new GroupDefinition(G2, GroupKind.GROUP, List.of(CAROL)),
          new GroupDefinition(SC, GroupKind.SECURITY_CONFIGURATION, List.of(ALICE, BOB, CAROL, DISPATCH)));
      try (CallServer calls = CallServer.create(new GmsGroupDirectory(gms, defs, Map.of()),
          ExplicitConfigurationMapping.none(), s.tokens(), new InetSocketAddress("127.0.0.1", 0))) {
        URI ws = URI.create("ws://127.0.0.1:" + calls.serve("127.0.0.1", 0) + "/mcptt/ws");
        ServiceClient services = new ServiceClient(HttpClient.newHttpClient(), URI.create(s.url()));
        Map<String, McxClient> clients = new HashMap<>();
        Map<String, String> passwords = Map.of(ALICE, "a", BOB, "b", CAROL, "c", DISPATCH, "d");
        Map<String, List<String>> groups = Map.of(ALICE, List.of(G1), BOB, List.of(G1), CAROL, List.of(G2),
            DISPATCH, List.of());
        for (String u : List.of(ALICE, BOB, CAROL, DISPATCH)) {
          GmkTable table = new GmkTable();
          try (ClientProvisioning p = ClientProvisioning.provision(services, u, passwords.get(u), GMS, table,
              Clock.systemUTC())) {
            for (String g : groups.get(u)) {
              p.fetchGroup(g);
            }
            p.fetchGroup(SC);
            McxClient c = McxClient.connect(ws, u, p.token(), table, new SrtpMediaProtection(), Clock.systemUTC());
            c.affiliate(groups.get(u));
            clients.put(u, c);
          }
        }
        try {
          RegroupBody answer = clients.get(DISPATCH).regroup(RegroupBody.createGroupRegroup(T, List.of(G1, G2)));
          assertEquals(Optional.of(SC), answer.securityConfigurationId());
          assertTrue(CallWorld.await(() -> clients.get(ALICE).regroups().get(T).isPresent()
              && clients.get(CAROL).regroups().get(T).isPresent()));
          ClientCall call = clients.get(CAROL).call(T, false);
          assertTrue(CallWorld.await(() -> calls.controller().call(T).map(c -> c.participants()
              .equals(Set.of(ALICE, BOB, CAROL, DISPATCH)) && c.invitedPending() == 0).orElse(false)));
          String scGmk = gms.gmks(SC).get(0).gmkIdHex();
          assertEquals(scGmk, GroupCallEndToEndTest.talk(call, 30));
          GroupCallEndToEndTest.assertAllDecrypted(List.of(clients.get(ALICE), clients.get(BOB),
              clients.get(DISPATCH)), T, 30, scGmk);
        } finally {
          clients.values().forEach(McxClient::close);
        }
      }
    }
  }
}
