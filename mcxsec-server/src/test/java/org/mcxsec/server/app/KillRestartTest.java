// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.gms.FakeGmkMessages;
import org.mcxsec.gms.GmsService;
import org.mcxsec.gms.GroupDocument;
import org.mcxsec.kms.KmsCertificate;
import org.mcxsec.kms.UserKeySet;
import org.mcxsec.kms.xml.KmsResponse;
import org.mcxsec.kms.xml.KmsResponseCodec;

/**
 * The design's restart contract, with a real {@code kill -9}: a server process is killed in the middle of a
 * GMK fan-out; a restart on the same data directory serves the same KMS keys and key sets, and completes the
 * fan-out so that every member holds exactly the one GMK it should.
 */
class KillRestartTest {
  private static final String GROUP = "sip:big@example.org";
  private static final int MEMBERS = 200;
  @TempDir Path dir;

  @Test
  void killMinus9_midFanOut_restartServesSameKeysAndCompletesFanOut() throws Exception {
    List<String> members = IntStream.range(0, MEMBERS).mapToObj(i -> "sip:m" + i + "@example.org").toList();
    StringBuilder yaml = new StringBuilder("users: [{uri: 'sip:alice@example.org', password: pw}]\n")
        .append("kms: {uri: kms.example.org}\ngroups:\n  - id: '").append(GROUP).append("'\n    members:\n");
    members.forEach(m -> yaml.append("      - '").append(m).append("'\n"));
    Path config = dir.resolve("serve.yaml");
    Files.writeString(config, yaml);
    Path data = dir.resolve("data");

    // 1. a first process creates the KMS community and starts the fan-out; it is killed once deliveries flow
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), ServerProcess.class.getName(), data.toString(), config.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
    try {
      waitForDeliveries(data, 20);
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    } finally {
      p.destroyForcibly();
    }
    // the process never printed ready (the fan-out was still running): it was killed mid fan-out
    String output = Files.readString(dir.resolve("server.log"));
    assertTrue(!output.contains("ready url="), output);

    // 2. restart in this JVM on the same data directory
    try (RunningServer s = McxServer.start(ServerConfig.of(data, TestCrypto.kmsCrypto())
        .withConfig(McxConfigFile.load(config)).withGms(FakeGmkMessages.working()))) {
      GmsService gms = s.gms().orElseThrow();
      assertEquals(1, gms.gmks(GROUP).size(), "the interrupted GMK is completed, not replaced");
      Set<Bytes> keyChecks = new HashSet<>();
      for (String m : members) {
        GroupDocument d = gms.document(GROUP, m);
        assertEquals(1, d.gktps().size(), m);
        keyChecks.add(FakeGmkMessages.keyCheckOf(d.gktps().get(0).iMessage()));
      }
      assertEquals(1, keyChecks.size(), "every member holds the same GMK");
      // and the KMS community survived too: a third start serves the same certificate and key sets
      KmsCertificate cert = s.kms().certificate();
      HttpTestClient c = new HttpTestClient(s.url());
      byte[] body = c.post("/keymanagement/identity/v1/keyprov", c.token("sip:alice@example.org", "pw")).body();
      UserKeySet k = ((KmsResponse.KeyProv) new KmsResponseCodec().read(body).message()).keySets().get(0);
      s.stop();
      try (RunningServer again = McxServer.start(ServerConfig.of(data, TestCrypto.kmsCrypto())
          .withConfig(McxConfigFile.load(config)))) {
        assertEquals(cert, again.kms().certificate());
        assertTrue(again.kms().keySet("sip:alice@example.org", k.keyPeriodNo()).ssk().equalsConstantTime(k.ssk()));
      }
    }
  }

  /** Waits until the server process reports {@code atLeast} I_MESSAGEs made (the database is locked by it). */
  private static void waitForDeliveries(Path data, int atLeast) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (countDeliveries(data) >= atLeast) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no fan-out progress within 60 s");
  }

  private static int countDeliveries(Path data) {
    Path log = data.resolve("deliveries.count");
    try {
      return Files.exists(log) ? Integer.parseInt(Files.readString(log).strip()) : 0;
    } catch (Exception e) {
      return 0;
    }
  }
}
