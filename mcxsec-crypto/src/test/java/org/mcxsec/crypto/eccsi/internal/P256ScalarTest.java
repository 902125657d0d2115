// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

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

/** P256Scalar against BigInteger arithmetic mod q. */
class P256ScalarTest {
  private static final BigInteger Q = P256Scalar.order();
  private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

  @Provide
  Arbitrary<BigInteger> values() {
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.ZERO, TWO_256.subtract(BigInteger.ONE)),
        Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, Q.subtract(BigInteger.ONE), Q, Q.add(BigInteger.ONE),
            TWO_256.subtract(BigInteger.ONE)));
  }

  static long[] sc(BigInteger v) {
    long[] r = new long[5];
    P256Scalar.fromOctets(r, P256Field.octets(v), 0);
    return r;
  }

  static BigInteger big(long[] a) {
    byte[] out = new byte[32];
    P256Scalar.toOctets(a, out, 0);
    return new BigInteger(1, out);
  }

  @Property(tries = 300)
  void mulAdd_matchBigInteger(@ForAll("values") BigInteger a, @ForAll("values") BigInteger b) {
    long[] r = new long[5];
    P256Scalar.mul(r, sc(a), sc(b));
    assertEquals(a.multiply(b).mod(Q), big(r));
    P256Scalar.add(r, sc(a), sc(b));
    assertEquals(a.add(b).mod(Q), big(r));
    assertEquals(a.mod(Q), big(sc(a)));
    assertEquals(a.mod(Q).signum() == 0, P256Scalar.isZeroMask(sc(a)) != 0);
  }

  @Property(tries = 30)
  void invert_matchesModInverse(@ForAll("values") BigInteger a) {
    long[] r = new long[5];
    P256Scalar.invert(r, sc(a));
    BigInteger am = a.mod(Q);
    assertEquals(am.signum() == 0 ? BigInteger.ZERO : am.modInverse(Q), big(r));
  }

  @Property(tries = 300)
  void isInRange_isOneToQMinusOne(@ForAll("values") BigInteger a) {
    boolean expected = a.signum() > 0 && a.compareTo(Q) < 0;
    assertEquals(expected, P256Scalar.isInRange(P256Field.octets(a), 0));
  }

  @Test
  void isInRange_edges() {
    assertFalse(P256Scalar.isInRange(new byte[32], 0));
    assertTrue(P256Scalar.isInRange(P256Field.octets(BigInteger.ONE), 0));
    assertTrue(P256Scalar.isInRange(P256Field.octets(Q.subtract(BigInteger.ONE)), 0));
    assertFalse(P256Scalar.isInRange(P256Field.octets(Q), 0));
    assertFalse(P256Scalar.isInRange(P256Field.octets(TWO_256.subtract(BigInteger.ONE)), 0));
  }
}
