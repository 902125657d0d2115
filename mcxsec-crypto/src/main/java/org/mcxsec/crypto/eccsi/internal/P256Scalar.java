// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

import static org.mcxsec.crypto.eccsi.internal.P256Field.M;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Arithmetic modulo the P-256 group order q (FIPS 186-4 §D.1.2.3), in Montgomery form with R = 2^260.
 *
 * <p>A scalar is a {@code long[5]} of 52-bit limbs holding x·R mod q, always fully reduced to [0, q). Used for
 * the ECCSI values that live mod q: SSK, KSAK, v, j, HS, HE, r, s.
 *
 * <p>Security: straight-line code, no branch or memory access depends on a value ({@link #invert} raises to the
 * public exponent q - 2). {@link #isInRange} compares in constant time, so it may see secrets.
 */
public final class P256Scalar {
  private static final BigInteger Q =
      new BigInteger("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", 16);
  private static final long Q0;
  private static final long Q1;
  private static final long Q2;
  private static final long Q3;
  private static final long Q4;
  /** -q^-1 mod 2^52. */
  private static final long QINV = Q.negate().modInverse(BigInteger.ONE.shiftLeft(52)).longValue();
  private static final long[] R2 = P256Field.limbs(BigInteger.ONE.shiftLeft(520).mod(Q));
  private static final long[] ONE_PLAIN = {1, 0, 0, 0, 0};
  private static final byte[] Q_MINUS_2 = P256Field.octets(Q.subtract(BigInteger.TWO));

  static {
    long[] q = P256Field.limbs(Q);
    Q0 = q[0];
    Q1 = q[1];
    Q2 = q[2];
    Q3 = q[3];
    Q4 = q[4];
  }

  private P256Scalar() {}

  /** The group order q. */
  public static BigInteger order() {
    return Q;
  }

  /** r = a·b mod q. */
  public static void mul(long[] r, long[] a, long[] b) {
    long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4];
    long b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4];
    long c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0, c8 = 0, c9 = 0;
    long l;
    long h;
    l = a0 * b0; h = Math.multiplyHigh(a0, b0); c0 += l & M; c1 += (h << 12) | (l >>> 52);
    l = a0 * b1; h = Math.multiplyHigh(a0, b1); c1 += l & M; c2 += (h << 12) | (l >>> 52);
    l = a0 * b2; h = Math.multiplyHigh(a0, b2); c2 += l & M; c3 += (h << 12) | (l >>> 52);
    l = a0 * b3; h = Math.multiplyHigh(a0, b3); c3 += l & M; c4 += (h << 12) | (l >>> 52);
    l = a0 * b4; h = Math.multiplyHigh(a0, b4); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    l = a1 * b0; h = Math.multiplyHigh(a1, b0); c1 += l & M; c2 += (h << 12) | (l >>> 52);
    l = a1 * b1; h = Math.multiplyHigh(a1, b1); c2 += l & M; c3 += (h << 12) | (l >>> 52);
    l = a1 * b2; h = Math.multiplyHigh(a1, b2); c3 += l & M; c4 += (h << 12) | (l >>> 52);
    l = a1 * b3; h = Math.multiplyHigh(a1, b3); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    l = a1 * b4; h = Math.multiplyHigh(a1, b4); c5 += l & M; c6 += (h << 12) | (l >>> 52);
    l = a2 * b0; h = Math.multiplyHigh(a2, b0); c2 += l & M; c3 += (h << 12) | (l >>> 52);
    l = a2 * b1; h = Math.multiplyHigh(a2, b1); c3 += l & M; c4 += (h << 12) | (l >>> 52);
    l = a2 * b2; h = Math.multiplyHigh(a2, b2); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    l = a2 * b3; h = Math.multiplyHigh(a2, b3); c5 += l & M; c6 += (h << 12) | (l >>> 52);
    l = a2 * b4; h = Math.multiplyHigh(a2, b4); c6 += l & M; c7 += (h << 12) | (l >>> 52);
    l = a3 * b0; h = Math.multiplyHigh(a3, b0); c3 += l & M; c4 += (h << 12) | (l >>> 52);
    l = a3 * b1; h = Math.multiplyHigh(a3, b1); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    l = a3 * b2; h = Math.multiplyHigh(a3, b2); c5 += l & M; c6 += (h << 12) | (l >>> 52);
    l = a3 * b3; h = Math.multiplyHigh(a3, b3); c6 += l & M; c7 += (h << 12) | (l >>> 52);
    l = a3 * b4; h = Math.multiplyHigh(a3, b4); c7 += l & M; c8 += (h << 12) | (l >>> 52);
    l = a4 * b0; h = Math.multiplyHigh(a4, b0); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    l = a4 * b1; h = Math.multiplyHigh(a4, b1); c5 += l & M; c6 += (h << 12) | (l >>> 52);
    l = a4 * b2; h = Math.multiplyHigh(a4, b2); c6 += l & M; c7 += (h << 12) | (l >>> 52);
    l = a4 * b3; h = Math.multiplyHigh(a4, b3); c7 += l & M; c8 += (h << 12) | (l >>> 52);
    l = a4 * b4; h = Math.multiplyHigh(a4, b4); c8 += l & M; c9 += (h << 12) | (l >>> 52);
    // Montgomery reduction of the column sums, one 52-bit limb per round: add m·q·2^(52k), m = c_k·(-q^-1).
    long m = (c0 * QINV) & M;
    l = m * Q0; h = Math.multiplyHigh(m, Q0); c0 += l & M; c1 += (h << 12) | (l >>> 52);
    c1 += c0 >> 52;
    l = m * Q1; h = Math.multiplyHigh(m, Q1); c1 += l & M; c2 += (h << 12) | (l >>> 52);
    l = m * Q2; h = Math.multiplyHigh(m, Q2); c2 += l & M; c3 += (h << 12) | (l >>> 52);
    l = m * Q3; h = Math.multiplyHigh(m, Q3); c3 += l & M; c4 += (h << 12) | (l >>> 52);
    l = m * Q4; h = Math.multiplyHigh(m, Q4); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    m = (c1 * QINV) & M;
    l = m * Q0; h = Math.multiplyHigh(m, Q0); c1 += l & M; c2 += (h << 12) | (l >>> 52);
    c2 += c1 >> 52;
    l = m * Q1; h = Math.multiplyHigh(m, Q1); c2 += l & M; c3 += (h << 12) | (l >>> 52);
    l = m * Q2; h = Math.multiplyHigh(m, Q2); c3 += l & M; c4 += (h << 12) | (l >>> 52);
    l = m * Q3; h = Math.multiplyHigh(m, Q3); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    l = m * Q4; h = Math.multiplyHigh(m, Q4); c5 += l & M; c6 += (h << 12) | (l >>> 52);
    m = (c2 * QINV) & M;
    l = m * Q0; h = Math.multiplyHigh(m, Q0); c2 += l & M; c3 += (h << 12) | (l >>> 52);
    c3 += c2 >> 52;
    l = m * Q1; h = Math.multiplyHigh(m, Q1); c3 += l & M; c4 += (h << 12) | (l >>> 52);
    l = m * Q2; h = Math.multiplyHigh(m, Q2); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    l = m * Q3; h = Math.multiplyHigh(m, Q3); c5 += l & M; c6 += (h << 12) | (l >>> 52);
    l = m * Q4; h = Math.multiplyHigh(m, Q4); c6 += l & M; c7 += (h << 12) | (l >>> 52);
    m = (c3 * QINV) & M;
    l = m * Q0; h = Math.multiplyHigh(m, Q0); c3 += l & M; c4 += (h << 12) | (l >>> 52);
    c4 += c3 >> 52;
    l = m * Q1; h = Math.multiplyHigh(m, Q1); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    l = m * Q2; h = Math.multiplyHigh(m, Q2); c5 += l & M; c6 += (h << 12) | (l >>> 52);
    l = m * Q3; h = Math.multiplyHigh(m, Q3); c6 += l & M; c7 += (h << 12) | (l >>> 52);
    l = m * Q4; h = Math.multiplyHigh(m, Q4); c7 += l & M; c8 += (h << 12) | (l >>> 52);
    m = (c4 * QINV) & M;
    l = m * Q0; h = Math.multiplyHigh(m, Q0); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    c5 += c4 >> 52;
    l = m * Q1; h = Math.multiplyHigh(m, Q1); c5 += l & M; c6 += (h << 12) | (l >>> 52);
    l = m * Q2; h = Math.multiplyHigh(m, Q2); c6 += l & M; c7 += (h << 12) | (l >>> 52);
    l = m * Q3; h = Math.multiplyHigh(m, Q3); c7 += l & M; c8 += (h << 12) | (l >>> 52);
    l = m * Q4; h = Math.multiplyHigh(m, Q4); c8 += l & M; c9 += (h << 12) | (l >>> 52);
    c6 += c5 >> 52;
    c7 += c6 >> 52;
    c8 += c7 >> 52;
    c9 += c8 >> 52;
    // Inputs below q give a result below 2q: one conditional subtraction.
    subtractQIfAtLeastQ(r, c5 & M, c6 & M, c7 & M, c8 & M, c9);
  }

  /** r = a² mod q. */
  public static void sqr(long[] r, long[] a) {
    long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4];
    long d0 = a0 << 1, d1 = a1 << 1, d2 = a2 << 1, d3 = a3 << 1;
    long c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0, c8 = 0, c9 = 0;
    long l;
    long h;
    l = a0 * a0; h = Math.multiplyHigh(a0, a0); c0 += l & M; c1 += (h << 12) | (l >>> 52);
    l = d0 * a1; h = Math.multiplyHigh(d0, a1); c1 += l & M; c2 += (h << 12) | (l >>> 52);
    l = d0 * a2; h = Math.multiplyHigh(d0, a2); c2 += l & M; c3 += (h << 12) | (l >>> 52);
    l = d0 * a3; h = Math.multiplyHigh(d0, a3); c3 += l & M; c4 += (h << 12) | (l >>> 52);
    l = d0 * a4; h = Math.multiplyHigh(d0, a4); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    l = a1 * a1; h = Math.multiplyHigh(a1, a1); c2 += l & M; c3 += (h << 12) | (l >>> 52);
    l = d1 * a2; h = Math.multiplyHigh(d1, a2); c3 += l & M; c4 += (h << 12) | (l >>> 52);
    l = d1 * a3; h = Math.multiplyHigh(d1, a3); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    l = d1 * a4; h = Math.multiplyHigh(d1, a4); c5 += l & M; c6 += (h << 12) | (l >>> 52);
    l = a2 * a2; h = Math.multiplyHigh(a2, a2); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    l = d2 * a3; h = Math.multiplyHigh(d2, a3); c5 += l & M; c6 += (h << 12) | (l >>> 52);
    l = d2 * a4; h = Math.multiplyHigh(d2, a4); c6 += l & M; c7 += (h << 12) | (l >>> 52);
    l = a3 * a3; h = Math.multiplyHigh(a3, a3); c6 += l & M; c7 += (h << 12) | (l >>> 52);
    l = d3 * a4; h = Math.multiplyHigh(d3, a4); c7 += l & M; c8 += (h << 12) | (l >>> 52);
    l = a4 * a4; h = Math.multiplyHigh(a4, a4); c8 += l & M; c9 += (h << 12) | (l >>> 52);
    // Montgomery reduction of the column sums, one 52-bit limb per round: add m·q·2^(52k), m = c_k·(-q^-1).
    long m = (c0 * QINV) & M;
    l = m * Q0; h = Math.multiplyHigh(m, Q0); c0 += l & M; c1 += (h << 12) | (l >>> 52);
    c1 += c0 >> 52;
    l = m * Q1; h = Math.multiplyHigh(m, Q1); c1 += l & M; c2 += (h << 12) | (l >>> 52);
    l = m * Q2; h = Math.multiplyHigh(m, Q2); c2 += l & M; c3 += (h << 12) | (l >>> 52);
    l = m * Q3; h = Math.multiplyHigh(m, Q3); c3 += l & M; c4 += (h << 12) | (l >>> 52);
    l = m * Q4; h = Math.multiplyHigh(m, Q4); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    m = (c1 * QINV) & M;
    l = m * Q0; h = Math.multiplyHigh(m, Q0); c1 += l & M; c2 += (h << 12) | (l >>> 52);
    c2 += c1 >> 52;
    l = m * Q1; h = Math.multiplyHigh(m, Q1); c2 += l & M; c3 += (h << 12) | (l >>> 52);
    l = m * Q2; h = Math.multiplyHigh(m, Q2); c3 += l & M; c4 += (h << 12) | (l >>> 52);
    l = m * Q3; h = Math.multiplyHigh(m, Q3); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    l = m * Q4; h = Math.multiplyHigh(m, Q4); c5 += l & M; c6 += (h << 12) | (l >>> 52);
    m = (c2 * QINV) & M;
    l = m * Q0; h = Math.multiplyHigh(m, Q0); c2 += l & M; c3 += (h << 12) | (l >>> 52);
    c3 += c2 >> 52;
    l = m * Q1; h = Math.multiplyHigh(m, Q1); c3 += l & M; c4 += (h << 12) | (l >>> 52);
    l = m * Q2; h = Math.multiplyHigh(m, Q2); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    l = m * Q3; h = Math.multiplyHigh(m, Q3); c5 += l & M; c6 += (h << 12) | (l >>> 52);
    l = m * Q4; h = Math.multiplyHigh(m, Q4); c6 += l & M; c7 += (h << 12) | (l >>> 52);
    m = (c3 * QINV) & M;
    l = m * Q0; h = Math.multiplyHigh(m, Q0); c3 += l & M; c4 += (h << 12) | (l >>> 52);
    c4 += c3 >> 52;
    l = m * Q1; h = Math.multiplyHigh(m, Q1); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    l = m * Q2; h = Math.multiplyHigh(m, Q2); c5 += l & M; c6 += (h << 12) | (l >>> 52);
    l = m * Q3; h = Math.multiplyHigh(m, Q3); c6 += l & M; c7 += (h << 12) | (l >>> 52);
    l = m * Q4; h = Math.multiplyHigh(m, Q4); c7 += l & M; c8 += (h << 12) | (l >>> 52);
    m = (c4 * QINV) & M;
    l = m * Q0; h = Math.multiplyHigh(m, Q0); c4 += l & M; c5 += (h << 12) | (l >>> 52);
    c5 += c4 >> 52;
    l = m * Q1; h = Math.multiplyHigh(m, Q1); c5 += l & M; c6 += (h << 12) | (l >>> 52);
    l = m * Q2; h = Math.multiplyHigh(m, Q2); c6 += l & M; c7 += (h << 12) | (l >>> 52);
    l = m * Q3; h = Math.multiplyHigh(m, Q3); c7 += l & M; c8 += (h << 12) | (l >>> 52);
    l = m * Q4; h = Math.multiplyHigh(m, Q4); c8 += l & M; c9 += (h << 12) | (l >>> 52);
    c6 += c5 >> 52;
    c7 += c6 >> 52;
    c8 += c7 >> 52;
    c9 += c8 >> 52;
    // Inputs below q give a result below 2q: one conditional subtraction.
    subtractQIfAtLeastQ(r, c5 & M, c6 & M, c7 & M, c8 & M, c9);
  }


  /** r = a + b mod q. */
  public static void add(long[] r, long[] a, long[] b) {
    long t0 = a[0] + b[0];
    long t1 = a[1] + b[1] + (t0 >> 52);
    long t2 = a[2] + b[2] + (t1 >> 52);
    long t3 = a[3] + b[3] + (t2 >> 52);
    long t4 = a[4] + b[4] + (t3 >> 52);
    subtractQIfAtLeastQ(r, t0 & M, t1 & M, t2 & M, t3 & M, t4);
  }

  private static void subtractQIfAtLeastQ(long[] r, long t0, long t1, long t2, long t3, long t4) {
    long s0 = t0 - Q0;
    long s1 = t1 - Q1 + (s0 >> 52);
    long s2 = t2 - Q2 + (s1 >> 52);
    long s3 = t3 - Q3 + (s2 >> 52);
    long s4 = t4 - Q4 + (s3 >> 52);
    long keep = s4 >> 63; // -1 if t < q
    r[0] = (t0 & keep) | (s0 & M & ~keep);
    r[1] = (t1 & keep) | (s1 & M & ~keep);
    r[2] = (t2 & keep) | (s2 & M & ~keep);
    r[3] = (t3 & keep) | (s3 & M & ~keep);
    r[4] = (t4 & keep) | (s4 & ~keep);
  }

  /** -1 if a = 0, else 0. */
  public static long isZeroMask(long[] a) {
    long z = a[0] | a[1] | a[2] | a[3] | a[4];
    return ((z | -z) >>> 63) - 1;
  }

  /**
   * r = a^-1 = a^(q-2) mod q (Fermat); 0 maps to 0. The exponent is public: its top half
   * ffffffff 00000000 ffffffff ffffffff is built from runs of ones, its bottom half with 4-bit windows
   * (252 squarings, 51 multiplications).
   */
  public static void invert(long[] r, long[] a) {
    long[][] pow = new long[16][];
    pow[1] = a.clone();
    for (int i = 2; i < 16; i++) {
      pow[i] = new long[5];
      mul(pow[i], pow[i - 1], a);
    }
    // x_k = a^(2^k - 1)
    long[] x8 = new long[5];
    long[] x16 = new long[5];
    long[] x32 = new long[5];
    long[] t = new long[5];
    sqrN(x8, pow[15], 4);
    mul(x8, x8, pow[15]);
    sqrN(x16, x8, 8);
    mul(x16, x16, x8);
    sqrN(x32, x16, 16);
    mul(x32, x32, x16);
    sqrN(t, x32, 64);
    mul(t, t, x32);
    sqrN(t, t, 32);
    mul(t, t, x32);
    for (int i = 16; i < 32; i++) {
      int b = Q_MINUS_2[i] & 0xff;
      for (int nibble : new int[] {b >>> 4, b & 15}) {
        sqrN(t, t, 4);
        if (nibble != 0) { // public exponent digit
          mul(t, t, pow[nibble]);
        }
      }
    }
    copy(r, t);
  }

  private static void sqrN(long[] r, long[] a, int n) {
    sqr(r, a);
    for (int i = 1; i < n; i++) {
      sqr(r, r);
    }
  }


  public static void copy(long[] r, long[] a) {
    System.arraycopy(a, 0, r, 0, 5);
  }

  /** r = the 32 big-endian octets at {@code in[off]} reduced mod q (any value below 2^256). */
  public static void fromOctets(long[] r, byte[] in, int off) {
    long w3 = P256Field.word(in, off);
    long w2 = P256Field.word(in, off + 8);
    long w1 = P256Field.word(in, off + 16);
    long w0 = P256Field.word(in, off + 24);
    long[] t = {w0 & M, ((w0 >>> 52) | (w1 << 12)) & M, ((w1 >>> 40) | (w2 << 24)) & M,
        ((w2 >>> 28) | (w3 << 36)) & M, w3 >>> 16};
    // A 256-bit value is below 2q: reduce once, then convert (a·R^2/R = a·R).
    subtractQIfAtLeastQ(t, t[0], t[1], t[2], t[3], t[4]);
    mul(r, t, R2);
  }

  /** Writes a (out of Montgomery form) as 32 big-endian octets at {@code out[off]}. */
  public static void toOctets(long[] a, byte[] out, int off) {
    long[] t = new long[5];
    mul(t, a, ONE_PLAIN);
    P256Field.putWord(out, off + 24, t[0] | (t[1] << 52));
    P256Field.putWord(out, off + 16, (t[1] >>> 12) | (t[2] << 40));
    P256Field.putWord(out, off + 8, (t[2] >>> 24) | (t[3] << 28));
    P256Field.putWord(out, off, (t[3] >>> 36) | (t[4] << 16));
  }

  /** Whether the 32 big-endian octets at {@code in[off]} are in [1, q - 1]. Constant time. */
  public static boolean isInRange(byte[] in, int off) {
    long w3 = P256Field.word(in, off);
    long w2 = P256Field.word(in, off + 8);
    long w1 = P256Field.word(in, off + 16);
    long w0 = P256Field.word(in, off + 24);
    long[] q = {Q0 | (Q1 << 52), (Q1 >>> 12) | (Q2 << 40), (Q2 >>> 24) | (Q3 << 28), (Q3 >>> 36) | (Q4 << 16)};
    // borrow of (w - q) over 64-bit words: set when w < q
    long borrow = 0;
    long[] w = {w0, w1, w2, w3};
    for (int i = 0; i < 4; i++) {
      long d = w[i] - q[i] - borrow;
      borrow = ((~w[i] & q[i]) | (~(w[i] ^ q[i]) & d)) >>> 63;
    }
    long z = w0 | w1 | w2 | w3;
    long nonZero = (z | -z) >>> 63;
    return (borrow & nonZero) == 1;
  }

  /**
   * Fills {@code out} with a uniformly random integer in [1, q - 1] as 32 big-endian octets, by rejection: draws
   * 32 octets until they are in range (a draw fails with probability about 2^-32).
   */
  public static void random(SecureRandom random, byte[] out) {
    do {
      random.nextBytes(out);
    } while (!isInRange(out, 0));
  }
}
