// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.gms.Gmk;
import org.mcxsec.kms.KmsCertificate;
import org.mcxsec.kms.UserKeySet;
import org.mcxsec.store.TestDatabase;

/** {@code serve --db URL}: the whole server on an external database (H2 by URL, and PostgreSQL when available). */
class PostgresServerTest {
  @TempDir Path dir;

  static Iterable<String> kinds() {
    return TestDatabase.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void serve_withDbUrl_keepsKmsAndGmsStateAcrossRestart(String kind) throws Exception {
    McxConfig config = McxConfigFile.parse("""
        users: [{uri: "sip:alice@example.org", password: a}]
        groups: [{id: "sip:g1@example.org", members: ["sip:alice@example.org"]}]
        """, "test");
    try (TestDatabase t = TestDatabase.create(kind)) {
      ServerConfig cfg = ServerConfig.of(dir, TestCrypto.kmsCrypto()).withConfig(config).withDbUrl(t.url());
      KmsCertificate cert;
      UserKeySet keys;
      Gmk gmk;
      try (RunningServer s = McxServer.start(cfg)) {
        cert = s.kms().certificate();
        keys = s.kms().provision("sip:alice@example.org").get(0);
        gmk = s.gms().orElseThrow().gmks("sip:g1@example.org").get(0);
      }
      try (RunningServer s = McxServer.start(cfg)) {
        assertEquals(cert, s.kms().certificate());
        assertTrue(keys.ssk().equalsConstantTime(s.kms().keySet("sip:alice@example.org", keys.keyPeriodNo()).ssk()));
        assertEquals(java.util.List.of(gmk), s.gms().orElseThrow().gmks("sip:g1@example.org"));
      }
    }
  }
}
