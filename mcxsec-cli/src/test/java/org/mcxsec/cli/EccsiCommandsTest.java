// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** {@code eccsi keygen|sign|verify} against RFC 6507 Appendix A and the differential vectors. */
class EccsiCommandsTest {
  static List<Vector> valid() {
    List<Vector> all = new java.util.ArrayList<>(
        VectorFile.load(VectorFile.RFC6507_ECCSI).select(v -> v.isValid() && v.has("ksak")));
    all.addAll(VectorFile.load(VectorFile.DIFFERENTIAL_ECCSI_SAKKE).ofKind("eccsi"));
    return all;
  }

  static List<Vector> invalid() {
    return VectorFile.load(VectorFile.RFC6507_ECCSI).select(v -> !v.isValid());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void keygenSignAndVerifyReproduceTheVector(Vector v) {
    CliHarness keys = CliHarness.run("eccsi", "keygen", "--ksak", v.text("ksak"), "--id", v.text("id"),
        "--v", v.text("v"));
    assertEquals(0, keys.exitCode(), keys.stdout());
    assertEquals(v.text("kpak"), keys.field("kpak"));
    assertEquals(v.text("ssk"), keys.field("ssk"));
    assertEquals(v.text("pvt"), keys.field("pvt"));

    CliHarness sig = CliHarness.run("eccsi", "sign", "--kpak", v.text("kpak"), "--id", v.text("id"),
        "--ssk", v.text("ssk"), "--pvt", v.text("pvt"), "--msg", v.text("message"), "--j", v.text("j"));
    assertEquals(0, sig.exitCode(), sig.stdout());
    assertEquals(v.text("signature"), sig.field("sig"));

    CliHarness ok = CliHarness.run("eccsi", "verify", "--kpak", v.text("kpak"), "--id", v.text("id"),
        "--msg", v.text("message"), "--sig", v.text("signature"));
    assertEquals(0, ok.exitCode(), ok.stdout());
    assertEquals("true", ok.field("valid"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void verifyRejectsTheNegativeVectorsWithExitOne(Vector v) {
    CliHarness r = CliHarness.run("eccsi", "verify", "--kpak", v.text("kpak"), "--id", v.text("id"),
        "--msg", v.text("message"), "--sig", v.text("signature"));
    assertEquals(1, r.exitCode(), r.stdout());
    assertEquals("false", r.field("valid"));
    assertTrue(!r.field("error").isEmpty());
  }

  @Test
  void freshSignaturesDifferAndVerify() {
    Vector v = valid().get(0);
    String[] sign = {"eccsi", "sign", "--kpak", v.text("kpak"), "--id", v.text("id"), "--ssk", v.text("ssk"),
        "--pvt", v.text("pvt"), "--msg", v.text("message")};
    String a = CliHarness.run(sign).field("sig");
    String b = CliHarness.run(sign).field("sig");
    assertNotEquals(a, b, "a fresh j per signature");
    assertEquals(0, CliHarness.run("eccsi", "verify", "--kpak", v.text("kpak"), "--id", v.text("id"),
        "--msg", v.text("message"), "--sig", a).exitCode());
  }

  @Test
  void signRefusesAKeySetThatFailsValidation() {
    Vector v = valid().get(0);
    String badSsk = (v.text("ssk").charAt(0) == '0' ? "1" : "0") + v.text("ssk").substring(1);
    CliHarness r = CliHarness.run("eccsi", "sign", "--kpak", v.text("kpak"), "--id", v.text("id"),
        "--ssk", badSsk, "--pvt", v.text("pvt"), "--msg", v.text("message"));
    assertEquals(1, r.exitCode(), r.stdout());
    assertTrue(r.field("error").length() > 10, r.stdout());
  }

  @Test
  void truncatedSignatureIsRejectedNotUsage() {
    Vector v = valid().get(0);
    CliHarness r = CliHarness.run("eccsi", "verify", "--kpak", v.text("kpak"), "--id", v.text("id"),
        "--msg", v.text("message"), "--sig", v.text("signature").substring(0, 100));
    assertEquals(1, r.exitCode(), r.stdout());
    assertTrue(r.field("error").contains("129"), r.stdout());
  }
}
