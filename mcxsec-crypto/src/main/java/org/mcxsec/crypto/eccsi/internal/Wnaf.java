// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

/**
 * Variable-base scalar multiplication of public scalars with width-5 NAF (odd digits in [-15, 15], at most one
 * non-zero digit in any five consecutive): about 256 doublings and 43 additions; two scalars share the
 * doublings (Straus / Shamir). Public values only: digits and branches follow the scalar.
 */
final class Wnaf {
  private static final int WIDTH = 5;
  private static final int ODD_MULTIPLES = 1 << (WIDTH - 2);

  private Wnaf() {}

  /** acc = acc + [k1]P1 + [k2]P2 for public 32-octet big-endian k1, k2 (any value below 2^256). */
  static void mulAdd(JacobianPoint acc, byte[] k1, AffinePoint p1, byte[] k2, AffinePoint p2) {
    int[] d1 = recode(k1);
    int[] d2 = recode(k2);
    JacobianPoint[] m1 = oddMultiples(p1);
    JacobianPoint[] m2 = oddMultiples(p2);
    JacobianPoint sum = new JacobianPoint();
    JacobianPoint neg = new JacobianPoint();
    for (int i = d1.length - 1; i >= 0; i--) {
      sum.dbl();
      addDigit(sum, neg, m1, d1[i]);
      addDigit(sum, neg, m2, d2[i]);
    }
    acc.add(sum);
  }

  /** [k]P for a public 32-octet big-endian k. */
  static JacobianPoint mul(byte[] k, AffinePoint p) {
    int[] d = recode(k);
    JacobianPoint[] m = oddMultiples(p);
    JacobianPoint sum = new JacobianPoint();
    JacobianPoint neg = new JacobianPoint();
    for (int i = d.length - 1; i >= 0; i--) {
      sum.dbl();
      addDigit(sum, neg, m, d[i]);
    }
    return sum;
  }

  private static void addDigit(JacobianPoint sum, JacobianPoint neg, JacobianPoint[] multiples, int d) {
    if (d > 0) {
      sum.add(multiples[d >> 1]);
    } else if (d < 0) {
      neg.set(multiples[(-d) >> 1]);
      neg.negate();
      sum.add(neg);
    }
  }

  /** P, 3P, 5P, ..., 15P. */
  private static JacobianPoint[] oddMultiples(AffinePoint p) {
    JacobianPoint[] m = new JacobianPoint[ODD_MULTIPLES];
    m[0] = new JacobianPoint(p);
    JacobianPoint twice = new JacobianPoint(p);
    twice.dbl();
    for (int i = 1; i < ODD_MULTIPLES; i++) {
      m[i] = new JacobianPoint();
      m[i].set(m[i - 1]);
      m[i].add(twice);
    }
    return m;
  }

  /** Width-5 NAF digits of k, least significant first (257 digits: a 256-bit k may carry once). */
  static int[] recode(byte[] k) {
    // little-endian 64-bit words plus one spare word for the carry of a negative digit
    long[] w = new long[5];
    for (int i = 0; i < 4; i++) {
      w[i] = P256Field.word(k, 24 - 8 * i);
    }
    int[] digits = new int[257];
    for (int i = 0; i < digits.length; i++) {
      if ((w[0] & 1) != 0) {
        int d = (int) (w[0] & ((1 << WIDTH) - 1));
        if (d >= 1 << (WIDTH - 1)) {
          d -= 1 << WIDTH;
        }
        digits[i] = d;
        subtractSmall(w, d);
      }
      shiftRightOne(w);
    }
    return digits;
  }

  private static void subtractSmall(long[] w, int d) {
    if (d > 0) {
      long before = w[0];
      w[0] -= d;
      if (Long.compareUnsigned(w[0], before) > 0) {
        for (int j = 1; j < w.length && w[j]-- == 0; j++) {
          // borrow ripples while words were zero
        }
      }
    } else {
      long before = w[0];
      w[0] -= d;
      if (Long.compareUnsigned(w[0], before) < 0) {
        for (int j = 1; j < w.length && ++w[j] == 0; j++) {
          // carry ripples while words overflow
        }
      }
    }
  }

  private static void shiftRightOne(long[] w) {
    for (int j = 0; j < w.length - 1; j++) {
      w[j] = (w[j] >>> 1) | (w[j + 1] << 63);
    }
    w[w.length - 1] >>>= 1;
  }
}
