// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcxsec.kms.EccsiSakkeKmsCrypto;
import org.mcxsec.server.app.McxConfigFile;
import org.mcxsec.server.app.McxServer;
import org.mcxsec.server.app.RunningServer;
import org.mcxsec.server.app.ServerConfig;

/** {@code mcxsec client keys} against a running server: the member's GMK, verified; a wrong password refused (RFC 6749 §5.2: 400 invalid_grant). */
class ClientCommandTest {
  @Test
  void keys_member_printsItsVerifiedGmk_wrongPasswordIsRefused(@TempDir Path dir) throws Exception {
    String yaml = """
        users: [{uri: "sip:alice@example.org", password: a}]
        groups: [{id: "sip:g1@example.org", members: ["sip:alice@example.org"]}]
        """;
    try (RunningServer s = McxServer.start(ServerConfig.of(dir, new EccsiSakkeKmsCrypto())
        .withConfig(McxConfigFile.parse(yaml, "test")))) {
      String gmk = s.gms().orElseThrow().gmks("sip:g1@example.org").get(0).gmkIdHex();
      CliHarness r = CliHarness.run("client", "keys", "--url", s.url(), "--user", "sip:alice@example.org",
          "--password", "a", "--group", "sip:g1@example.org");
      assertEquals(0, r.exitCode(), r.stdout());
      assertTrue(r.stdout().startsWith("gmk-id=" + gmk + " groups=sip:g1@example.org activation="), r.stdout());
      assertEquals("1", r.field("gmks"));
      CliHarness bad = CliHarness.run("client", "keys", "--url", s.url(), "--user", "sip:alice@example.org",
          "--password", "wrong", "--group", "sip:g1@example.org");
      assertEquals(1, bad.exitCode());
      assertEquals("token refused for sip:alice@example.org: HTTP 400", bad.field("error"));
    }
  }
}
