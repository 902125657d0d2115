// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sums of every size around the affine-round thresholds against Bouncy Castle, and the exceptional pairs. */
class AffineSumTest {
  private static final ECCurve CURVE = new ECCurve.Fp(ParameterSet1.P, BigInteger.valueOf(-3).mod(ParameterSet1.P),
      BigInteger.ZERO, ParameterSet1.Q, BigInteger.valueOf(4));
  private static final ECPoint BC_P = CURVE.createPoint(ParameterSet1.PX, ParameterSet1.PY);
  private static final long[] BLIND = MontgomeryField.limbs(BigInteger.valueOf(12345));

  @ParameterizedTest(name = "{0} points")
  @ValueSource(ints = {1, 2, 3, 47, 48, 49, 95, 96, 97, 150})
  void sum_randomPoints_matchesBouncyCastle(int n) {
    Random rnd = new Random(n);
    ECPoint step = BC_P.multiply(new BigInteger(1000, rnd)).normalize();
    ECPoint p = BC_P.multiply(new BigInteger(1000, rnd)).normalize();
    AffineSum sum = new AffineSum(n);
    ECPoint expected = CURVE.getInfinity();
    for (int i = 0; i < n; i++) {
      expected = expected.add(p);
      append(sum, p);
      p = p.add(step).normalize();
    }
    assertArrayEquals(expected.normalize().getEncoded(false), AffinePoint.of(sum.sum(BLIND), BLIND).encode());
  }

  @ParameterizedTest(name = "equal pair at {0}")
  @ValueSource(ints = {0, 30, 61})
  void sum_twoEqualPointsInARound_reportsInfinityForTheFallback(int at) {
    Random rnd = new Random(at);
    ECPoint step = BC_P.multiply(new BigInteger(1000, rnd)).normalize();
    ECPoint p = step;
    AffineSum sum = new AffineSum(64);
    for (int i = 0; i < 64; i++) {
      append(sum, p);
      p = p.add(step).normalize();
    }
    ECPoint twice = BC_P.multiply(BigInteger.valueOf(99)).normalize();
    overwrite(sum, at - at % 2, twice);
    overwrite(sum, at - at % 2 + 1, twice);
    assertTrue(sum.sum(BLIND).isInfinity());
  }

  /** Points in arithmetic progression: distinct, cheap to make, their sum checked by Bouncy Castle's additions. */
  private static void append(AffineSum sum, ECPoint p) {
    overwrite(sum, sum.append(), p);
  }

  private static void overwrite(AffineSum sum, int slot, ECPoint p) {
    AffinePoint a = AffinePoint.decode("test", p.getEncoded(false));
    System.arraycopy(a.x, 0, sum.x(slot), 0, MontgomeryField.LIMBS);
    System.arraycopy(a.y, 0, sum.y(slot), 0, MontgomeryField.LIMBS);
  }
}
