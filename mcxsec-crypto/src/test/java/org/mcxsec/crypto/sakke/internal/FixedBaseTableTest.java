// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/** Fixed-base multiplication against Bouncy Castle's curve arithmetic on y² = x³ − 3x over F_p. */
class FixedBaseTableTest {
  private static final long[] BLIND = MontgomeryField.randomBlind(new SecureRandom());
  private static final ECCurve CURVE = new ECCurve.Fp(ParameterSet1.P, BigInteger.valueOf(-3).mod(ParameterSet1.P),
      BigInteger.ZERO, ParameterSet1.Q, BigInteger.valueOf(4));
  private static final ECPoint BC_P = CURVE.createPoint(ParameterSet1.PX, ParameterSet1.PY);

  @Provide
  Arbitrary<BigInteger> scalars() {
    BigInteger q = ParameterSet1.Q;
    return Arbitraries.oneOf(Arbitraries.bigIntegers().between(BigInteger.ONE, q.subtract(BigInteger.ONE)),
        Arbitraries.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3), q.subtract(BigInteger.ONE),
            q.subtract(BigInteger.TWO)));
  }

  private static final FixedBaseTable T77 =
      FixedBaseTable.build(AffinePoint.decode("T", BC_P.multiply(BigInteger.valueOf(77)).getEncoded(false)), 4);

  @Property(tries = 40)
  void select_generator_sumsToBouncyCastleMultiple(@ForAll("scalars") BigInteger k) {
    AffineSum points = new AffineSum(SakkeTables.p().windows());
    SakkeTables.p().select(points, MontgomeryField.limbs(k));
    assertArrayEquals(BC_P.multiply(k).getEncoded(false), AffinePoint.of(points.sum(BLIND), BLIND).encode());
  }

  @Property(tries = 20)
  void select_twoTablesOfEveryWidth_sumToTheSumOfMultiples(
      @ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b) {
    AffineSum points = new AffineSum(SakkeTables.p().windows() + T77.windows());
    SakkeTables.p().select(points, MontgomeryField.limbs(a));
    T77.select(points, MontgomeryField.limbs(b));
    ECPoint expected = BC_P.multiply(a.add(b.multiply(BigInteger.valueOf(77))).mod(ParameterSet1.Q));
    assertArrayEquals(expected.getEncoded(false), AffinePoint.of(points.sum(BLIND), BLIND).encode());
  }

  @Property(tries = 5)
  void select_pointsSummingToInfinity_reportZAtZeroForTheFallback(@ForAll("scalars") BigInteger a) {
    // [a]P + [q − a]P = O: some addition is exceptional, which the caller must see as Z = 0.
    AffineSum points = new AffineSum(2 * SakkeTables.p().windows());
    SakkeTables.p().select(points, MontgomeryField.limbs(a));
    SakkeTables.p().select(points, MontgomeryField.limbs(ParameterSet1.Q.subtract(a)));
    assertTrue(points.sum(BLIND).isInfinity());
  }

  @Property(tries = 5)
  void addAffine_equalPoints_leavesZAtZero(@ForAll("scalars") BigInteger a) {
    AffinePoint p = AffinePoint.decode("A", BC_P.multiply(a).getEncoded(false));
    JacobianPoint acc = p.toJacobian();
    acc.addAffine(p.x, p.y);
    assertTrue(acc.isInfinity());
  }
}
