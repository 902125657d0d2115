// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigInteger;
import java.security.SecureRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fixed-base g^r in PF_p against square-and-multiply in F_p² ({@link SakkeReference#power}). */
class PfpPowerTableTest {
  private static final long[] BLIND = MontgomeryField.randomBlind(new SecureRandom());

  @Provide
  Arbitrary<BigInteger> scalars() {
    BigInteger q = ParameterSet1.Q;
    return Arbitraries.oneOf(Arbitraries.bigIntegers().between(BigInteger.ONE, q.subtract(BigInteger.ONE)),
        Arbitraries.of(BigInteger.ONE, BigInteger.TWO, q.subtract(BigInteger.ONE), q.subtract(BigInteger.TWO)));
  }

  @Property(tries = 30)
  void power_anyScalar_matchesSquareAndMultiplyInFp2(@ForAll("scalars") BigInteger r) {
    byte[] out = new byte[128];
    SakkeTables.g().power(out, MontgomeryField.limbs(r), BLIND);
    assertArrayEquals(SakkeReference.fixed(SakkeReference.power(ParameterSet1.G, r), 128), out);
  }

  @Property(tries = 10)
  void power_everyWidth_agrees(@ForAll("scalars") BigInteger r) {
    byte[] expected = SakkeReference.fixed(SakkeReference.power(ParameterSet1.G, r), 128);
    for (int w = 3; w <= 5; w++) {
      byte[] out = new byte[128];
      PfpPowerTable.build(ParameterSet1.G, w).power(out, MontgomeryField.limbs(r), BLIND);
      assertArrayEquals(expected, out, "width " + w);
    }
  }
}
