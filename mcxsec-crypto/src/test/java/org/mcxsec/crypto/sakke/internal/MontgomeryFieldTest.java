// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The Montgomery arithmetic against BigInteger, for both moduli SAKKE uses and at the edges of [0, 2m). */
class MontgomeryFieldTest {
  private static final MontgomeryField FP = ParameterSet1.FP;
  private static final MontgomeryField FQ = ParameterSet1.FQ;
  private static final BigInteger R = BigInteger.ONE.shiftLeft(1040);

  @Provide
  Arbitrary<BigInteger> belowTwoP() {
    BigInteger twoP = ParameterSet1.P.shiftLeft(1);
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.ZERO, twoP.subtract(BigInteger.ONE)),
        Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, ParameterSet1.P.subtract(BigInteger.ONE), ParameterSet1.P,
            ParameterSet1.P.add(BigInteger.ONE), twoP.subtract(BigInteger.ONE)));
  }

  @Property(tries = 300)
  void mul_anyOperandsBelowTwoP_isMontgomeryProductBelowTwoP(
      @ForAll("belowTwoP") BigInteger a, @ForAll("belowTwoP") BigInteger b) {
    long[] r = new long[MontgomeryField.LIMBS];
    FP.mul(r, MontgomeryField.limbs(a), MontgomeryField.limbs(b));
    BigInteger got = MontgomeryField.toBigInteger(r);
    BigInteger p = ParameterSet1.P;
    assertEquals(a.multiply(b).multiply(R.modInverse(p)).mod(p), got.mod(p));
    assertTrue(got.compareTo(p.shiftLeft(1)) < 0, "result below 2p");
    assertTrue(limbsNormalised(r));
  }

  @Property(tries = 300)
  void addSub_anyOperandsBelowTwoP_matchBigInteger(
      @ForAll("belowTwoP") BigInteger a, @ForAll("belowTwoP") BigInteger b) {
    BigInteger p = ParameterSet1.P;
    long[] s = new long[MontgomeryField.LIMBS];
    long[] d = new long[MontgomeryField.LIMBS];
    FP.add(s, MontgomeryField.limbs(a), MontgomeryField.limbs(b));
    FP.sub(d, MontgomeryField.limbs(a), MontgomeryField.limbs(b));
    assertEquals(a.add(b).mod(p), MontgomeryField.toBigInteger(s).mod(p));
    assertEquals(a.subtract(b).mod(p), MontgomeryField.toBigInteger(d).mod(p));
    assertTrue(MontgomeryField.toBigInteger(s).compareTo(p.shiftLeft(1)) < 0);
    assertTrue(MontgomeryField.toBigInteger(d).compareTo(p.shiftLeft(1)) < 0);
    assertTrue(limbsNormalised(s) && limbsNormalised(d));
  }

  @Property(tries = 100)
  void reduceAndIsZero_anyValueBelowTwoP_giveCanonicalResidue(@ForAll("belowTwoP") BigInteger a) {
    long[] r = new long[MontgomeryField.LIMBS];
    FP.reduce(r, MontgomeryField.limbs(a));
    assertEquals(a.mod(ParameterSet1.P), MontgomeryField.toBigInteger(r));
    assertEquals(a.mod(ParameterSet1.P).signum() == 0, FP.isZero(MontgomeryField.limbs(a)));
  }

  @Property(tries = 50)
  void invert_nonZero_givesInverseInMontgomeryForm(@ForAll("belowTwoP") BigInteger a) {
    BigInteger p = ParameterSet1.P;
    long[] mont = new long[MontgomeryField.LIMBS];
    FP.toMontgomery(mont, MontgomeryField.limbs(a));
    long[] inv = new long[MontgomeryField.LIMBS];
    boolean ok = FP.invert(inv, mont, MontgomeryField.randomBlind(new SecureRandom()));
    assertEquals(a.mod(p).signum() != 0, ok);
    if (ok) {
      long[] plain = new long[MontgomeryField.LIMBS];
      FP.fromMontgomery(plain, inv);
      assertEquals(a.modInverse(p), MontgomeryField.toBigInteger(plain));
    }
  }

  @Test
  void invertAll_manyValues_invertsEach() {
    Random rnd = new Random(7);
    BigInteger q = ParameterSet1.Q;
    long[][] xs = new long[9][];
    BigInteger[] plain = new BigInteger[9];
    for (int i = 0; i < xs.length; i++) {
      plain[i] = new BigInteger(1021, rnd).add(BigInteger.ONE);
      xs[i] = new long[MontgomeryField.LIMBS];
      FQ.toMontgomery(xs[i], MontgomeryField.limbs(plain[i]));
    }
    assertTrue(FQ.invertAll(xs, xs.length, FQ.one()));
    for (int i = 0; i < xs.length; i++) {
      long[] r = new long[MontgomeryField.LIMBS];
      FQ.fromMontgomery(r, xs[i]);
      assertEquals(plain[i].modInverse(q), MontgomeryField.toBigInteger(r));
    }
  }

  @Test
  void invertAll_withAZero_failsAndLeavesValues() {
    long[][] xs = {FP.one(), new long[MontgomeryField.LIMBS]};
    long[] before = xs[0].clone();
    assertFalse(FP.invertAll(xs, 2, FP.one()));
    assertArrayEquals(before, xs[0]);
  }

  @Property(tries = 100)
  void reduceBelow8m_anyValueBelow2To1024_isModQ(@ForAll("below2To1024") BigInteger v) {
    long[] r = MontgomeryField.limbs(v);
    FQ.reduceBelow8m(r, r);
    assertEquals(v.mod(ParameterSet1.Q), MontgomeryField.toBigInteger(r));
  }

  @Provide
  Arbitrary<BigInteger> below2To1024() {
    BigInteger top = BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE);
    return Arbitraries.oneOf(Arbitraries.bigIntegers().between(BigInteger.ZERO, top),
        Arbitraries.of(BigInteger.ZERO, top, ParameterSet1.Q, ParameterSet1.Q.multiply(BigInteger.valueOf(6))));
  }

  @Test
  void encodeDecode_fixedLength_roundTripsAndKeepsLeadingZeros() {
    byte[] in = new byte[128];
    in[5] = 0x7f;
    in[127] = 1;
    long[] r = new long[MontgomeryField.LIMBS];
    MontgomeryField.decode(r, in, 0, 128);
    byte[] out = new byte[128];
    MontgomeryField.encode(out, 0, 128, r);
    assertArrayEquals(in, out);
  }

  @Test
  void constructor_evenModulus_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new MontgomeryField(BigInteger.valueOf(1L << 40)));
    assertTrue(e.getMessage().contains("odd"), e.getMessage());
  }

  private static boolean limbsNormalised(long[] r) {
    for (long l : r) {
      if (l < 0 || l >= 1L << 52) {
        return false;
      }
    }
    return true;
  }
}
