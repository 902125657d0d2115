// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The precomputed-line pairing against the RFC 6508 §3.2 loop of {@link SakkeReference}. */
class PairingLinesTest {
  private static final long[] BLIND = MontgomeryField.randomBlind(new SecureRandom());

  @Test
  void evaluate_generatorWithItself_isG() {
    byte[] out = new byte[128];
    assertTrue(PairingLines.precompute(AffinePoint.generator(), BLIND).evaluate(out, AffinePoint.generator(), BLIND));
    assertArrayEquals(SakkeReference.fixed(ParameterSet1.G, 128), out);
  }

  @Test
  void evaluate_randomMultiples_matchesReferenceBothWays() {
    Random rnd = new Random(11);
    for (int i = 0; i < 3; i++) {
      SakkeReference.Point a = SakkeReference.multiply(SakkeReference.GENERATOR, new BigInteger(1000, rnd));
      SakkeReference.Point b = SakkeReference.multiply(SakkeReference.GENERATOR, new BigInteger(1000, rnd));
      byte[] out = new byte[128];
      assertTrue(PairingLines.precompute(point(a), BLIND).evaluate(out, point(b), BLIND));
      assertArrayEquals(SakkeReference.fixed(SakkeReference.pairing(a, b), 128), out, "⟨A, B⟩, case " + i);
      assertEquals(SakkeReference.pairing(a, b), SakkeReference.pairing(b, a), "symmetry, case " + i);
    }
  }

  @Test
  void precompute_pointOfOrderTwo_isRejected() {
    // (0, 0) lies on y² = x³ − 3x and has order 2.
    byte[] enc = new byte[257];
    enc[0] = 4;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PairingLines.precompute(AffinePoint.decode("K", enc), BLIND));
    assertTrue(e.getMessage().contains("order q"), e.getMessage());
  }

  @Test
  void evaluate_secondArgumentWithZeroY_givesZeroRepresentative() {
    // Q = (0, 0) has order 2: with Q_y = 0 every line lies in F_p, so the value is the class of a real number.
    byte[] enc = new byte[257];
    enc[0] = 4;
    byte[] out = new byte[128];
    out[0] = 1;
    assertTrue(PairingLines.precompute(AffinePoint.generator(), BLIND)
        .evaluate(out, AffinePoint.decode("Q", enc), BLIND));
    assertArrayEquals(new byte[128], out);
  }

  static AffinePoint point(SakkeReference.Point p) {
    return AffinePoint.decode("test point", p.encode());
  }
}
