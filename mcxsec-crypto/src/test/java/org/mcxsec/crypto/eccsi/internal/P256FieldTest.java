// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** P256Field against BigInteger arithmetic mod p, on random and edge values (inputs may be ≥ p). */
class P256FieldTest {
  private static final BigInteger P = P256Field.modulus();
  private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

  @Provide
  Arbitrary<BigInteger> values() {
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.ZERO, TWO_256.subtract(BigInteger.ONE)),
        Arbitraries.bigIntegers().between(BigInteger.ZERO, P.subtract(BigInteger.ONE)),
        Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, P.subtract(BigInteger.ONE), P,
            P.add(BigInteger.ONE), TWO_256.subtract(BigInteger.ONE), TWO_256.subtract(P),
            BigInteger.ONE.shiftLeft(255), BigInteger.ONE.shiftLeft(224),
            BigInteger.ONE.shiftLeft(52).subtract(BigInteger.ONE)));
  }

  static long[] fe(BigInteger v) {
    long[] r = new long[5];
    P256Field.fromOctets(r, P256Field.octets(v), 0);
    return r;
  }

  static BigInteger big(long[] a) {
    byte[] out = new byte[32];
    P256Field.toOctets(a, out, 0);
    return new BigInteger(1, out);
  }

  private static void assertInvariant(long[] a) {
    for (int i = 0; i < 4; i++) {
      assertTrue(a[i] >= 0 && a[i] < (1L << 52), "limb " + i);
    }
    assertTrue(a[4] >= 0 && a[4] < (1L << 49), "top limb " + a[4]);
  }

  @Property(tries = 300)
  void mul_matchesBigInteger(@ForAll("values") BigInteger a, @ForAll("values") BigInteger b) {
    long[] r = new long[5];
    P256Field.mul(r, fe(a), fe(b));
    assertInvariant(r);
    assertEquals(a.multiply(b).mod(P), big(r));
  }

  @Property(tries = 300)
  void sqr_matchesBigInteger(@ForAll("values") BigInteger a) {
    long[] r = new long[5];
    P256Field.sqr(r, fe(a));
    assertInvariant(r);
    assertEquals(a.multiply(a).mod(P), big(r));
  }

  @Property(tries = 300)
  void addSubNeg_matchBigInteger(@ForAll("values") BigInteger a, @ForAll("values") BigInteger b) {
    long[] r = new long[5];
    P256Field.add(r, fe(a), fe(b));
    assertInvariant(r);
    assertEquals(a.add(b).mod(P), big(r));
    P256Field.sub(r, fe(a), fe(b));
    assertInvariant(r);
    assertEquals(a.subtract(b).mod(P), big(r));
    P256Field.neg(r, fe(a));
    assertInvariant(r);
    assertEquals(a.negate().mod(P), big(r));
    P256Field.mulSmall(r, fe(a), 8);
    assertInvariant(r);
    assertEquals(a.shiftLeft(3).mod(P), big(r));
  }

  @Property(tries = 200)
  void chainedOperations_stayReducedAndCorrect(@ForAll("values") BigInteger a, @ForAll("values") BigInteger b) {
    // long chains of additions and subtractions fed into multiplications, as the point formulas do
    long[] x = fe(a);
    long[] y = fe(b);
    BigInteger ex = a.mod(P);
    BigInteger ey = b.mod(P);
    for (int i = 0; i < 20; i++) {
      P256Field.add(x, x, y);
      ex = ex.add(ey).mod(P);
      P256Field.sub(y, x, y);
      ey = ex.subtract(ey).mod(P);
      P256Field.mul(x, x, y);
      ex = ex.multiply(ey).mod(P);
      P256Field.mulSmall(y, y, 3);
      ey = ey.multiply(BigInteger.valueOf(3)).mod(P);
      assertInvariant(x);
      assertInvariant(y);
    }
    assertEquals(ex, big(x));
    assertEquals(ey, big(y));
  }

  @Property(tries = 50)
  void invert_matchesModInverse(@ForAll("values") BigInteger a) {
    long[] r = new long[5];
    P256Field.invert(r, fe(a));
    BigInteger am = a.mod(P);
    assertEquals(am.signum() == 0 ? BigInteger.ZERO : am.modInverse(P), big(r));
  }

  @Property(tries = 200)
  void isZeroAndEqual_followCongruence(@ForAll("values") BigInteger a, @ForAll("values") BigInteger b) {
    assertEquals(a.mod(P).signum() == 0, P256Field.isZero(fe(a)));
    assertEquals(a.mod(P).equals(b.mod(P)), P256Field.equal(fe(a), fe(b)));
    assertTrue(P256Field.equal(fe(a), fe(a.add(P).mod(TWO_256))) || a.add(P).compareTo(TWO_256) >= 0);
  }

  @Test
  void isZero_recognisesZeroPAndTwoP() {
    long[] z = new long[5];
    P256Field.sub(z, fe(BigInteger.TEN), fe(BigInteger.TEN));
    assertTrue(P256Field.isZero(z));
    assertTrue(P256Field.isZero(P256Field.limbs(P)));
    assertTrue(P256Field.isZero(P256Field.limbs(P.shiftLeft(1))));
    assertFalse(P256Field.isZero(P256Field.limbs(P.add(BigInteger.ONE))));
  }

  @Test
  void cmov_selectsByMask() {
    long[] r = fe(BigInteger.ONE);
    P256Field.cmov(r, fe(BigInteger.TWO), 0);
    assertEquals(BigInteger.ONE, big(r));
    P256Field.cmov(r, fe(BigInteger.TWO), -1);
    assertEquals(BigInteger.TWO, big(r));
  }

  @Test
  void isCanonicalEncoding_acceptsBelowPOnly() {
    assertTrue(P256Field.isCanonicalEncoding(P256Field.octets(P.subtract(BigInteger.ONE)), 0));
    assertFalse(P256Field.isCanonicalEncoding(P256Field.octets(P), 0));
    assertFalse(P256Field.isCanonicalEncoding(P256Field.octets(TWO_256.subtract(BigInteger.ONE)), 0));
  }

  @Test
  void octets_roundTrip() {
    byte[] in = P256Field.octets(P.subtract(BigInteger.TWO));
    byte[] out = new byte[32];
    P256Field.toOctets(fe(new BigInteger(1, in)), out, 0);
    assertArrayEquals(in, out);
  }
}
