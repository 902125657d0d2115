// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** {@code uid} and {@code keys derive-srtp} against the published vectors, and their usage errors. */
class KdfCommandsTest {
  static List<Vector> uids() {
    return VectorFile.load(VectorFile.MIKEY_SAKKE_UID).vectors();
  }

  static List<Vector> masterKeys() {
    return VectorFile.load(VectorFile.MIKEY_PRF).ofKind("srtp-master-key-salt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("uids")
  void uidPrintsTheVectorUid(Vector v) {
    CliHarness r = CliHarness.run("uid", "--uri", v.text("uri"), "--kms-uri", v.text("kms_uri"),
        "--period", v.text("key_period"), "--offset", v.text("key_period_offset"),
        "--period-no", v.text("key_period_no"));
    assertEquals(0, r.exitCode(), r.stdout());
    assertEquals(v.text("uid"), r.field("uid"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("masterKeys")
  void deriveSrtpPrintsMasterKeyAndSalt(Vector v) {
    CliHarness r = CliHarness.run("keys", "derive-srtp", "--key", v.text("tgk"), "--rand", v.text("rand"),
        "--csb-id", v.text("csb_id"), "--cs-id", v.text("cs_id"));
    assertEquals(0, r.exitCode(), r.stdout());
    assertEquals(v.text("master_key"), r.field("master-key"));
    assertEquals(v.text("master_salt"), r.field("master-salt"));
  }

  @Test
  void badHexIsAUsageErrorNamingTheOption() {
    CliHarness r = CliHarness.run("keys", "derive-srtp", "--key", "0g", "--rand", "00", "--csb-id", "00000000",
        "--cs-id", "4");
    assertEquals(2, r.exitCode());
    assertTrue(r.field("error").contains("--key"), r.stdout());
  }

  @Test
  void wrongCsbIdLengthIsAUsageError() {
    CliHarness r = CliHarness.run("keys", "derive-srtp", "--key", "00112233445566778899aabbccddeeff",
        "--rand", "00112233445566778899aabbccddeeff", "--csb-id", "0011", "--cs-id", "4");
    assertEquals(2, r.exitCode());
    assertTrue(r.field("error").contains("--csb-id has 2 octets"), r.stdout());
  }

  @Test
  void missingOptionAndUnknownCommandAreUsageErrors() {
    assertEquals(2, CliHarness.run("uid", "--uri", "sip:a").exitCode());
    assertEquals(2, CliHarness.run("no-such-command").exitCode());
    assertEquals(2, CliHarness.run("keys").exitCode());
  }
}
