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

  @Property(tries = 40)
  void multiply_generator_matchesBouncyCastle(@ForAll("scalars") BigInteger k) {
    JacobianPoint acc = new JacobianPoint();
    SakkeTables.p().multiply(acc, MontgomeryField.limbs(k), false);
    assertArrayEquals(BC_P.multiply(k).getEncoded(false), AffinePoint.of(acc, BLIND).encode());
  }

  @Property(tries = 20)
  void multiply_twoTablesAccumulated_isSumOfMultiples(@ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b) {
    JacobianPoint acc = new JacobianPoint();
    SakkeTables.p().multiply(acc, MontgomeryField.limbs(a), false);
    FixedBaseTable t2 = FixedBaseTable.build(AffinePoint.decode("T", BC_P.multiply(BigInteger.valueOf(77)).getEncoded(false)), 4);
    t2.multiply(acc, MontgomeryField.limbs(b), true);
    ECPoint expected = BC_P.multiply(a.add(b.multiply(BigInteger.valueOf(77))).mod(ParameterSet1.Q));
    assertArrayEquals(expected.getEncoded(false), AffinePoint.of(acc, BLIND).encode());
  }

  @Property(tries = 5)
  void multiply_equalPartialSums_leavesZAtZeroForTheFallback(@ForAll("scalars") BigInteger a) {
    // [a]P + [q − a]P = O: the last addition is exceptional, which the caller must detect from Z.
    JacobianPoint acc = new JacobianPoint();
    SakkeTables.p().multiply(acc, MontgomeryField.limbs(a), false);
    SakkeTables.p().multiply(acc, MontgomeryField.limbs(ParameterSet1.Q.subtract(a)), true);
    assertTrue(acc.isInfinity());
  }
}
