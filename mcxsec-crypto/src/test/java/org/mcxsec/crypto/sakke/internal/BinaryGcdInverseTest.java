// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The binary-GCD inversion against BigInteger.modInverse, for p and q, at the edges and on random values. */
class BinaryGcdInverseTest {
  private static final BinaryGcdInverse MOD_P = new BinaryGcdInverse(ParameterSet1.P);
  private static final BinaryGcdInverse MOD_Q = new BinaryGcdInverse(ParameterSet1.Q);

  @Provide
  Arbitrary<BigInteger> belowP() {
    BigInteger p = ParameterSet1.P;
    return Arbitraries.oneOf(Arbitraries.bigIntegers().between(BigInteger.ONE, p.subtract(BigInteger.ONE)),
        Arbitraries.of(BigInteger.ONE, BigInteger.TWO, p.subtract(BigInteger.ONE), p.subtract(BigInteger.TWO),
            BigInteger.ONE.shiftLeft(1023), BigInteger.ONE.shiftLeft(62).subtract(BigInteger.ONE)));
  }

  @Property(tries = 1000)
  void invert_anyNonZeroBelowP_matchesModInverse(@ForAll("belowP") BigInteger y) {
    assertEquals(y.modInverse(ParameterSet1.P), MOD_P.invert(y));
  }

  @Test
  void invert_manyRandomValuesModQ_matchModInverse() {
    Random rnd = new Random(6508);
    for (int i = 0; i < 2000; i++) {
      BigInteger y = new BigInteger(1022, rnd).mod(ParameterSet1.Q);
      if (y.signum() != 0) {
        assertEquals(y.modInverse(ParameterSet1.Q), MOD_Q.invert(y), y.toString(16));
      }
    }
  }

  @Test
  void invert_zero_isNotInvertible() {
    assertNull(MOD_P.invert(BigInteger.ZERO));
    long[] out = new long[MontgomeryField.LIMBS];
    assertFalse(MOD_P.invert(out, new long[MontgomeryField.LIMBS]));
    assertArrayEquals(new long[MontgomeryField.LIMBS], out);
  }

  @Test
  void invert_commonFactorWithACompositeModulus_isNotInvertible() {
    BinaryGcdInverse composite = new BinaryGcdInverse(ParameterSet1.P.multiply(BigInteger.valueOf(3)));
    assertNull(composite.invert(BigInteger.valueOf(6)));
    assertEquals(BigInteger.TWO.modInverse(ParameterSet1.P.multiply(BigInteger.valueOf(3))),
        composite.invert(BigInteger.TWO));
  }

  @Property(tries = 200)
  void invert_montgomeryFieldLimbs_roundTrip(@ForAll("belowP") BigInteger y) {
    long[] out = new long[MontgomeryField.LIMBS];
    MOD_P.invert(out, MontgomeryField.limbs(y));
    assertEquals(y.modInverse(ParameterSet1.P), MontgomeryField.toBigInteger(out));
  }
}
