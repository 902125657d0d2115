// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** {@code mikey decode|open|create-gmk}: the real Streamwide messages, and a GMK round trip through the CLI. */
class MikeyCommandsTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  static List<Vector> streamwide() {
    return VectorFile.load(VectorFile.MIKEY_STREAMWIDE).select(Vector::isValid);
  }

  static List<Vector> streamwideInvalid() {
    return VectorFile.load(VectorFile.MIKEY_STREAMWIDE).select(v -> !v.isValid());
  }

  private static String base64(Vector v) {
    String m = v.text("message");
    return m.startsWith("mikey ") ? m.substring(6) : m;
  }

  private static CliHarness open(Vector v, String b64) {
    Vector kms = v.object("kms");
    Vector me = v.object("responder");
    return CliHarness.run("mikey", "open", "--base64", b64, "--kpak", kms.text("kpak"), "--zpub",
        kms.text("z_pub"), "--rsk", me.text("rsk"), "--my-uri", me.text("uri"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("streamwide")
  void openRecoversTheKeyAndKeyIdOfTheRealMessages(Vector v) {
    CliHarness r = open(v, base64(v));
    assertEquals(0, r.exitCode(), r.stdout());
    Vector expected = v.object("expected");
    assertTrue(r.stdout().contains("\"key\":\"" + expected.text("key") + "\""), r.stdout());
    assertTrue(r.stdout().contains("\"keyId\":\"" + expected.text("key_id") + "\""), r.stdout());
    assertTrue(r.stdout().contains("\"keyType\":\"" + expected.text("key_type") + "\""), r.stdout());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("streamwide")
  void openWithTheReceiversUidGivenRecoversTheSameKey(Vector v) {
    Vector kms = v.object("kms");
    Vector me = v.object("responder");
    CliHarness r = CliHarness.run("mikey", "open", "--base64", base64(v), "--kpak", kms.text("kpak"), "--zpub",
        kms.text("z_pub"), "--rsk", me.text("rsk"), "--my-uri", me.text("uri"), "--my-uid", me.text("uid"));
    assertEquals(0, r.exitCode(), r.stdout());
    assertTrue(r.stdout().contains("\"key\":\"" + v.object("expected").text("key") + "\""), r.stdout());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("streamwideInvalid")
  void openRejectsTheTamperedMessagesWithoutAKey(Vector v) {
    CliHarness r = open(v, base64(v));
    assertEquals(1, r.exitCode(), r.stdout());
    assertTrue(!r.stdout().contains("\"key\""), r.stdout());
    assertTrue(r.field("error").length() > 5, r.stdout());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("streamwide")
  void decodeNamesEveryPayload(Vector v) {
    CliHarness r = CliHarness.run("mikey", "decode", "--hex", v.text("message_hex"));
    assertEquals(0, r.exitCode(), r.stderr());
    for (String name : List.of("csb_id", "rand", "sakke", "signature")) {
      assertTrue(r.stdout().toLowerCase().contains(name), name + " in " + r.stdout());
    }
    CliHarness bad = CliHarness.run("mikey", "decode", "--hex", v.text("message_hex").substring(0, 100));
    assertEquals(1, bad.exitCode(), bad.stdout());
  }

  @Test
  void createdGmkMessageOpensWithTheMembersKeysAndDecodes() {
    String z = "01" + hex(19);
    String ksak = "01" + hex(31);
    String gmsUid = hex(32);
    String memberUid = "9a" + hex(31);
    CliHarness sakke = CliHarness.run("sakke", "keygen", "--z", z, "--id", memberUid);
    CliHarness eccsi = CliHarness.run("eccsi", "keygen", "--ksak", ksak, "--id", gmsUid);
    assertEquals(0, sakke.exitCode(), sakke.stdout());
    assertEquals(0, eccsi.exitCode(), eccsi.stdout());
    String gmk = hex(16);
    String gmkId = "0" + hex(4).substring(1);
    String rand = hex(16);
    CliHarness created = CliHarness.run("mikey", "create-gmk", "--gmk", gmk, "--gmk-id", gmkId, "--rand", rand,
        "--recipient-uri", "sip:ambulance-7@mcx.example.org", "--recipient-uid", memberUid,
        "--gms-uri", "sip:gms@mcx.example.org", "--gms-uid", gmsUid, "--gms-ssk", eccsi.field("ssk"),
        "--gms-pvt", eccsi.field("pvt"), "--kpak", eccsi.field("kpak"), "--zpub", sakke.field("zpub"),
        "--group", "sip:ambulance@mcx.example.org", "--json");
    assertEquals(0, created.exitCode(), created.stdout());
    assertTrue(created.field("json").contains("\"type\":\"SAKKE\""), created.stdout());

    CliHarness opened = CliHarness.run("mikey", "open", "--base64", created.field("base64"),
        "--kpak", eccsi.field("kpak"), "--zpub", sakke.field("zpub"), "--rsk", sakke.field("rsk"),
        "--my-uri", "sip:ambulance-7@mcx.example.org");
    assertEquals(0, opened.exitCode(), opened.stdout());
    assertTrue(opened.stdout().contains("\"keyType\":\"GMK\""), opened.stdout());
    assertTrue(opened.stdout().contains("\"key\":\"" + gmk + "\""), opened.stdout());
    assertTrue(opened.stdout().contains("\"keyId\":\"" + gmkId + "\""), opened.stdout());
    assertTrue(opened.stdout().contains("\"rand\":\"" + rand + "\""), opened.stdout());
    assertTrue(opened.stdout().contains("sip:ambulance@mcx.example.org"), opened.stdout());

    CliHarness other = CliHarness.run("mikey", "open", "--base64", created.field("base64"),
        "--kpak", eccsi.field("kpak"), "--zpub", sakke.field("zpub"), "--rsk", sakke.field("rsk"),
        "--my-uri", "sip:police-1@mcx.example.org");
    assertEquals(1, other.exitCode(), "a message for another member is refused: " + other.stdout());
  }

  @Test
  void badBase64IsAUsageError() {
    CliHarness r = CliHarness.run("mikey", "decode", "--base64", "@@@");
    assertEquals(2, r.exitCode(), r.stdout());
    assertTrue(r.field("error").contains("base64"), r.stdout());
  }

  private static String hex(int octets) {
    byte[] b = new byte[octets];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
