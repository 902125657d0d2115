// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import java.math.BigInteger;

/**
 * Modular inversion by the binary GCD with word-sized approximations (T. Pornin, "Optimized Binary GCD for Modular
 * Inversion", 2020): each outer step runs 30 binary-GCD steps on 62-bit approximations of a and b (their low 30
 * bits and their top 32), records them as a 2×2 matrix, and applies the matrix to the full values. About 70 outer
 * steps invert a 1024-bit value, a few times faster than {@link BigInteger#modInverse}.
 *
 * <pre>
 *   a = y, b = m, u = 1, v = 0             invariants: a ≡ y·u, b ≡ y·v (mod m)
 *   until a = 0:
 *     ā, b̄ = approximations;  30 steps: if ā odd { if ā < b̄ swap; ā −= b̄ };  ā /= 2   (matrix f0 g0 f1 g1)
 *     (a, b) = ((f0·a + g0·b)/2^30, (f1·a + g1·b)/2^30)   made non-negative, signs moved into the matrix
 *     (u, v) = ((f0·u + g0·v)/2^30, (f1·u + g1·v)/2^30) mod m   (Montgomery division by 2^30)
 *   b = gcd(y, m); if 1, v = y^-1
 * </pre>
 *
 * <p>Numbers are held in 35 limbs of 30 bits, so dividing by 2^30 is a shift by one limb.
 *
 * <p>Security: variable time; callers pass blinded values only ({@link MontgomeryField#invert}).
 *
 * <p>Thread safety: immutable, safe to share.
 */
final class BinaryGcdInverse {
  private static final int K = 30;
  private static final long M30 = (1L << K) - 1;
  private static final int L = 35;
  /** Enough outer steps for any 1024-bit input (2·1024 − 1 binary steps, 30 per outer step), plus margin. */
  private static final int MAX_STEPS = 80;

  private final BigInteger modulus;
  private final long[] m;
  private final long mPrime;

  BinaryGcdInverse(BigInteger modulus) {
    if (modulus.bitLength() > 1030 || !modulus.testBit(0)) {
      throw new IllegalArgumentException("modulus must be odd and below 2^1030");
    }
    this.modulus = modulus;
    this.m = toLimbs(modulus);
    this.mPrime = BigInteger.ONE.shiftLeft(K).subtract(modulus.modInverse(BigInteger.ONE.shiftLeft(K))).longValue();
  }

  /**
   * {@code y^-1 mod m} for {@code 0 ≤ y < m}, both as {@link MontgomeryField} limbs (plain integers, not Montgomery
   * form); {@code false}, leaving {@code out} unchanged, if y is not invertible.
   */
  boolean invert(long[] out, long[] y) {
    long[] r = invertLimbs(regroup(y, MontgomeryField.BITS, MontgomeryField.LIMBS, K, L));
    if (r == null) {
      return false;
    }
    System.arraycopy(regroup(r, K, L, MontgomeryField.BITS, MontgomeryField.LIMBS), 0, out, 0, MontgomeryField.LIMBS);
    return true;
  }

  /** The {@code toCount} limbs of {@code toBits} bits of the integer with {@code fromCount} limbs of {@code fromBits}. */
  private static long[] regroup(long[] x, int fromBits, int fromCount, int toBits, int toCount) {
    long[] r = new long[toCount];
    for (int j = 0; j < toCount; j++) {
      long v = 0;
      int k = 0;
      while (k < toBits) {
        int bit = toBits * j + k;
        int i = bit / fromBits;
        if (i >= fromCount) {
          break;
        }
        int off = bit % fromBits;
        int take = Math.min(fromBits - off, toBits - k);
        v |= ((x[i] >>> off) & ((1L << take) - 1)) << k;
        k += take;
      }
      r[j] = v;
    }
    return r;
  }

  /** {@code y^-1 mod m} for {@code 0 ≤ y < m}, or {@code null} if y is not invertible. */
  BigInteger invert(BigInteger y) {
    long[] r = invertLimbs(toLimbs(y));
    return r == null ? null : fromLimbs(r);
  }

  /** As {@link #invert(BigInteger)} on 30-bit limbs. */
  long[] invertLimbs(long[] y) {
    long[] a = y.clone();
    long[] b = m.clone();
    long[] u = new long[L];
    long[] v = new long[L];
    u[0] = 1;
    long[] t1 = new long[L];
    long[] t2 = new long[L];
    long[] matrix = new long[4];
    for (int step = 0; !isZero(a); step++) {
      if (step == MAX_STEPS) {
        BigInteger inverse = fromLimbs(y).modInverse(modulus);
        return toLimbs(inverse);
      }
      int n = Math.max(Math.max(bitLength(a), bitLength(b)), 2 * K + 2);
      innerSteps(approximate(a, n), approximate(b, n), matrix);
      long f0 = matrix[0];
      long g0 = matrix[1];
      long f1 = matrix[2];
      long g1 = matrix[3];
      // (a, b) = ((f0·a + g0·b)/2^30, (f1·a + g1·b)/2^30), exact divisions
      combineExact(t1, a, f0, b, g0);
      combineExact(t2, a, f1, b, g1);
      if (t1[L - 1] < 0) {
        negate(t1);
        f0 = -f0;
        g0 = -g0;
      }
      if (t2[L - 1] < 0) {
        negate(t2);
        f1 = -f1;
        g1 = -g1;
      }
      System.arraycopy(t1, 0, a, 0, L);
      System.arraycopy(t2, 0, b, 0, L);
      // (u, v) = ((f0·u + g0·v)/2^30, (f1·u + g1·v)/2^30) mod m
      combineModular(t1, u, f0, v, g0);
      combineModular(t2, u, f1, v, g1);
      System.arraycopy(t1, 0, u, 0, L);
      System.arraycopy(t2, 0, v, 0, L);
    }
    for (int j = 1; j < L; j++) {
      if (b[j] != 0) {
        return null;
      }
    }
    return b[0] == 1 ? v : null;
  }

  /** 30 binary-GCD steps on the 62-bit approximations; the matrix (f0, g0, f1, g1) they amount to. */
  private static void innerSteps(long ax, long bx, long[] matrix) {
    long f0 = 1;
    long g0 = 0;
    long f1 = 0;
    long g1 = 1;
    for (int j = 0; j < K; j++) {
      if ((ax & 1) != 0) {
        if (ax < bx) {
          long t = ax;
          ax = bx;
          bx = t;
          t = f0;
          f0 = f1;
          f1 = t;
          t = g0;
          g0 = g1;
          g1 = t;
        }
        ax -= bx;
        f0 -= f1;
        g0 -= g1;
      }
      ax >>>= 1;
      f1 <<= 1;
      g1 <<= 1;
    }
    matrix[0] = f0;
    matrix[1] = g0;
    matrix[2] = f1;
    matrix[3] = g1;
  }

  /** The low 30 bits of x below its bits {@code [n − 32, n)}: 62 bits that steer the next 30 steps. */
  private static long approximate(long[] x, int n) {
    if (n <= 2 * K + 2) {
      return x[0] | (x[1] << K) | (x[2] << (2 * K));
    }
    return (bits(x, n - (K + 2), K + 2) << K) | x[0];
  }

  /** {@code count ≤ 32} bits of x from bit {@code pos}. */
  private static long bits(long[] x, int pos, int count) {
    int limb = pos / K;
    int off = pos % K;
    long v = x[limb] >>> off;
    if (limb + 1 < L) {
      v |= x[limb + 1] << (K - off);
    }
    if (limb + 2 < L) {
      v |= x[limb + 2] << (2 * K - off);
    }
    return v & ((1L << count) - 1);
  }

  /** {@code r = (x·fx + y·fy) / 2^30}, the division exact; r signed in its top limb. */
  private static void combineExact(long[] r, long[] x, long fx, long[] y, long fy) {
    long c = (x[0] * fx + y[0] * fy) >> K;
    for (int j = 1; j < L; j++) {
      c += x[j] * fx + y[j] * fy;
      r[j - 1] = c & M30;
      c >>= K;
    }
    r[L - 1] = c;
  }

  /** {@code r = (x·fx + y·fy) / 2^30 mod m} in [0, m), for x and y in [0, m). */
  private void combineModular(long[] r, long[] x, long fx, long[] y, long fy) {
    long c = x[0] * fx + y[0] * fy;
    long t = ((c & M30) * mPrime) & M30;
    c = (c + t * m[0]) >> K;
    for (int j = 1; j < L; j++) {
      c += x[j] * fx + y[j] * fy + t * m[j];
      r[j - 1] = c & M30;
      c >>= K;
    }
    r[L - 1] = c;
    while (r[L - 1] < 0) {
      addM(r);
    }
    while (compareM(r) >= 0) {
      subM(r);
    }
  }

  private void addM(long[] r) {
    long c = 0;
    for (int j = 0; j < L; j++) {
      c += r[j] + m[j];
      r[j] = j < L - 1 ? c & M30 : c;
      c >>= K;
    }
  }

  private void subM(long[] r) {
    long c = 0;
    for (int j = 0; j < L; j++) {
      c += r[j] - m[j];
      r[j] = j < L - 1 ? c & M30 : c;
      c >>= K;
    }
  }

  private int compareM(long[] r) {
    for (int j = L - 1; j >= 0; j--) {
      if (r[j] != m[j]) {
        return r[j] < m[j] ? -1 : 1;
      }
    }
    return 0;
  }

  private static void negate(long[] r) {
    long c = 0;
    for (int j = 0; j < L; j++) {
      c -= r[j];
      r[j] = j < L - 1 ? c & M30 : c;
      c >>= K;
    }
  }

  private static boolean isZero(long[] x) {
    long acc = 0;
    for (long l : x) {
      acc |= l;
    }
    return acc == 0;
  }

  private static int bitLength(long[] x) {
    for (int j = L - 1; j >= 0; j--) {
      if (x[j] != 0) {
        return j * K + 64 - Long.numberOfLeadingZeros(x[j]);
      }
    }
    return 0;
  }

  static long[] toLimbs(BigInteger x) {
    long[] r = new long[L];
    for (int j = 0; j < L; j++) {
      r[j] = x.shiftRight(K * j).longValue() & M30;
    }
    return r;
  }

  static BigInteger fromLimbs(long[] r) {
    BigInteger x = BigInteger.ZERO;
    for (int j = L - 1; j >= 0; j--) {
      x = x.shiftLeft(K).add(BigInteger.valueOf(r[j]));
    }
    return x;
  }
}
