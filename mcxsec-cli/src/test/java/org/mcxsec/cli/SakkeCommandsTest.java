// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** {@code sakke keygen|encapsulate|decapsulate} against RFC 6508 Appendix A and the differential vectors. */
class SakkeCommandsTest {
  static List<Vector> valid() {
    List<Vector> all = new ArrayList<>(VectorFile.load(VectorFile.RFC6508_SAKKE)
        .select(v -> "valid".equals(v.textOrNull("result"))));
    // A few differential cases keep the suite fast; the crypto module runs all of them.
    all.addAll(VectorFile.load(VectorFile.DIFFERENTIAL_ECCSI_SAKKE).ofKind("sakke").subList(0, 4));
    return all;
  }

  static List<Vector> invalid() {
    return VectorFile.load(VectorFile.RFC6508_SAKKE).select(v -> "invalid".equals(v.textOrNull("result")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void keygenEncapsulateDecapsulateReproduceTheVector(Vector v) {
    CliHarness keys = CliHarness.run("sakke", "keygen", "--z", v.text("z"), "--id", v.text("id"));
    assertEquals(0, keys.exitCode(), keys.stdout());
    assertEquals(v.text("z_pub"), keys.field("zpub"));
    assertEquals(v.text("rsk"), keys.field("rsk"));

    CliHarness enc = CliHarness.run("sakke", "encapsulate", "--zpub", v.text("z_pub"), "--id", v.text("id"),
        "--ssv", v.text("ssv"));
    assertEquals(0, enc.exitCode(), enc.stdout());
    assertEquals(v.text("sed"), enc.field("sed"));

    CliHarness dec = CliHarness.run("sakke", "decapsulate", "--zpub", v.text("z_pub"), "--id", v.text("id"),
        "--rsk", v.text("rsk"), "--sed", v.text("sed"));
    assertEquals(0, dec.exitCode(), dec.stdout());
    assertEquals(v.text("ssv"), dec.field("ssv"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void decapsulateRejectsTheNegativeVectors(Vector v) {
    CliHarness r = CliHarness.run("sakke", "decapsulate", "--zpub", v.text("z_pub"), "--id", v.text("id"),
        "--rsk", v.text("rsk"), "--sed", v.text("sed"));
    assertEquals(1, r.exitCode(), r.stdout());
    assertTrue(r.fields().containsKey("error") && !r.fields().containsKey("ssv"), r.stdout());
  }

  @Test
  void wrongLengthsAreNamed() {
    Vector v = valid().get(0);
    CliHarness shortSsv = CliHarness.run("sakke", "encapsulate", "--zpub", v.text("z_pub"), "--id", v.text("id"),
        "--ssv", "00112233");
    assertEquals(2, shortSsv.exitCode(), shortSsv.stdout());
    assertTrue(shortSsv.field("error").contains("16"), shortSsv.stdout());
    CliHarness shortSed = CliHarness.run("sakke", "decapsulate", "--zpub", v.text("z_pub"), "--id", v.text("id"),
        "--rsk", v.text("rsk"), "--sed", v.text("sed").substring(0, 500));
    assertEquals(1, shortSed.exitCode(), shortSed.stdout());
    assertTrue(shortSed.field("error").contains("273"), shortSed.stdout());
  }
}
