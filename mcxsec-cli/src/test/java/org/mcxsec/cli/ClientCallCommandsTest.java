// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcxsec.kms.EccsiSakkeKmsCrypto;
import org.mcxsec.server.app.McxConfigFile;
import org.mcxsec.server.app.McxServer;
import org.mcxsec.server.app.RunningServer;
import org.mcxsec.server.app.ServerConfig;

/**
 * {@code mcxsec client listen / talk / regroup} against {@code serve}'s composition on loopback: a listener
 * picks up a GMK rollover from the GMS notifications and decrypts every packet a talker sends on its group, under
 * the new GMK; a dispatcher's regroup names the configuration; anyone else's regroup is refused.
 */
class ClientCallCommandsTest {
  private static final String G1 = "sip:g1@example.org";
  private static final String G2 = "sip:g2@example.org";
  private static final String YAML = """
      users:
        - {uri: "sip:alice@example.org", password: a}
        - {uri: "sip:bob@example.org", password: b}
        - {uri: "sip:carol@example.org", password: c}
        - {uri: "sip:disp@example.org", password: d, dispatcher: true}
      groups:
        - {id: "sip:g1@example.org", members: ["sip:alice@example.org", "sip:bob@example.org"]}
        - {id: "sip:g2@example.org", members: ["sip:carol@example.org"]}
      security-configurations:
        - {id: "sip:sc1@example.org", holders: ["sip:alice@example.org", "sip:bob@example.org",
            "sip:carol@example.org", "sip:disp@example.org"]}
      """;

  @TempDir Path dir;

  @Test
  void listen_rolloverWhileListening_talk_listenerDecryptsEveryPacketUnderTheNewGmk() throws Exception {
    try (RunningServer s = McxServer.start(ServerConfig.of(dir.resolve("serve"), new EccsiSakkeKmsCrypto())
        .withConfig(McxConfigFile.parse(YAML, "test")))) {
      Instant first = s.gms().orElseThrow().gmks(G1).get(0).activation();
      Path bobPassword = Files.writeString(dir.resolve("bob-password"), "b\n");
      StringWriter listened = new StringWriter();
      CompletableFuture<Integer> listener = CompletableFuture.supplyAsync(() -> Main.run(new PrintWriter(listened),
          new PrintWriter(new StringWriter()), "client", "listen", "--url", s.url(), "--user", "sip:bob@example.org",
          "--password-file", bobPassword.toString(), "--data", dir.resolve("bob").toString(), "--group", G1,
          "--calls", "1", "--seconds", "60"));
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!listened.toString().contains("listening=") && !listener.isDone() && System.nanoTime() < end) {
        Thread.sleep(20);
      }
      assertTrue(listened.toString().contains("listening=sip:bob@example.org groups=" + G1), listened.toString());
      // a GMK rollover at the GMS while bob listens: he learns of it from the notification stream only
      Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      Instant activation = now.isAfter(first) ? now : first.plusSeconds(1);
      String gmk = s.gms().orElseThrow().createGmk(G1, activation).gmkIdHex();
      while (!listened.toString().contains("updated=" + G1 + " gmk-ids=" + gmk) && !listener.isDone()
          && System.nanoTime() < end) {
        Thread.sleep(20);
      }
      assertTrue(listened.toString().contains("updated=" + G1 + " gmk-ids=" + gmk), listened.toString());
      Thread.sleep(Math.max(0, Duration.between(Instant.now(), activation).toMillis() + 50));

      CliHarness talk = CliHarness.run("client", "talk", "--url", s.url(), "--user", "sip:alice@example.org",
          "--password", "a", "--group", G1, "--seconds", "1", "--rate", "50");
      assertEquals(0, talk.exitCode(), talk.stdout());
      assertEquals("50", talk.field("sent"));
      assertEquals(gmk, talk.field("gmk-id"));

      assertEquals(0, listener.get(60, TimeUnit.SECONDS), listened.toString());
      CliHarness heard = new CliHarness(0, listened.toString(), "");
      assertTrue(heard.stdout().contains("call=" + G1 + " key-group=" + G1 + " broadcast=false"), heard.stdout());
      assertEquals("1", heard.field("calls"));
      assertEquals("50", heard.field("received"));
      assertEquals("50", heard.field("decrypted"));
      assertEquals("0", heard.field("rejected"));
      assertEquals(gmk, heard.field("gmk-ids"));
      assertTrue(Files.exists(dir.resolve("bob").resolve("kek")));
      assertTrue(Files.list(dir.resolve("bob")).anyMatch(p -> p.getFileName().toString().startsWith("gmks-")));
    }
  }

  @Test
  void regroup_dispatcherGetsTheConfiguration_othersAreRefused_badUsageIsExit2() throws Exception {
    try (RunningServer s = McxServer.start(ServerConfig.of(dir.resolve("serve"), new EccsiSakkeKmsCrypto())
        .withConfig(McxConfigFile.parse(YAML, "test")))) {
      CliHarness refused = CliHarness.run("client", "regroup", "--url", s.url(), "--user", "sip:alice@example.org",
          "--password", "a", "--tgi", "sip:t1@example.org", "--groups", G1 + "," + G2);
      assertEquals(1, refused.exitCode(), refused.stdout());
      assertTrue(refused.field("error").startsWith("regroup of sip:t1@example.org refused: 403"), refused.stdout());

      CliHarness made = CliHarness.run("client", "regroup", "--url", s.url(), "--user", "sip:disp@example.org",
          "--password", "d", "--tgi", "sip:t1@example.org", "--groups", G1 + "," + G2);
      assertEquals(0, made.exitCode(), made.stdout());
      assertEquals("sip:t1@example.org", made.field("tgi"));
      assertEquals("sip:sc1@example.org", made.field("security-configuration"));
      assertEquals("0", made.field("left-out-members"), made.stdout());

      CliHarness removed = CliHarness.run("client", "regroup", "--url", s.url(), "--user", "sip:disp@example.org",
          "--password", "d", "--tgi", "sip:t1@example.org", "--remove");
      assertEquals(0, removed.exitCode(), removed.stdout());
      assertEquals("remove", removed.field("action"));

      CliHarness usage = CliHarness.run("client", "regroup", "--url", s.url(), "--user", "sip:disp@example.org",
          "--password", "d", "--tgi", "sip:t1@example.org");
      assertEquals(2, usage.exitCode(), usage.stdout());
      assertFalse(usage.field("error").isEmpty());
    }
  }
}
