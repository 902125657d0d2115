// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Arithmetic modulo the NIST P-256 prime p = 2^256 - 2^224 + 2^192 + 2^96 - 1 (FIPS 186-4 §D.1.2.3), in
 * Montgomery form with R = 2^260.
 *
 * <p>An element is a {@code long[5]} of 52-bit limbs, least significant first, holding x·R mod p but not
 * necessarily fully reduced: every method takes and returns limbs in [0, 2^52) with a value below 2^257. Outputs
 * may alias inputs.
 *
 * <p>Montgomery reduction needs no multiplications: p ≡ -1 (mod 2^52), so the per-limb factor is the limb
 * itself, and in radix 2^52 p has the signed limbs (-1, 2^44, 0, 2^36, 2^48 - 2^16), so m·p is a few shifts.
 *
 * <p>Security: straight-line code, no branch or memory access depends on a value, except
 * {@link #isCanonicalEncoding}, which is for public input.
 */
public final class P256Field {
  static final long M = (1L << 52) - 1;
  private static final BigInteger P = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE.shiftLeft(224))
      .add(BigInteger.ONE.shiftLeft(192)).add(BigInteger.ONE.shiftLeft(96)).subtract(BigInteger.ONE);
  private static final byte[] P_OCTETS = octets(P);
  private static final long[] P_LIMBS = limbs(P);
  private static final long[] P2_LIMBS = limbs(P.shiftLeft(1));
  /** 2^520 mod p: multiplying by it in Montgomery form converts into Montgomery form. */
  private static final long[] R2 = limbs(BigInteger.ONE.shiftLeft(520).mod(P));
  private static final long[] ONE_PLAIN = {1, 0, 0, 0, 0};
  private static final long[] ONE = limbs(BigInteger.ONE.shiftLeft(260).mod(P));

  private P256Field() {}

  /** The prime p, for tests and table set-up. */
  public static BigInteger modulus() {
    return P;
  }

  /** Sets {@code r} to 1 (in Montgomery form). */
  public static void setOne(long[] r) {
    System.arraycopy(ONE, 0, r, 0, 5);
  }

  public static void copy(long[] r, long[] a) {
    System.arraycopy(a, 0, r, 0, 5);
  }

  /** r = a·b (Montgomery product a·b·R^-1). */
  public static void mul(long[] r, long[] a, long[] b) {
    long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4];
    long b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4];
    long c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0, c8 = 0, c9 = 0;
    long l;
    long h;
    // Each 104-bit product a_i·b_j adds its low 52 bits to column i+j and its high 52 bits to column i+j+1.
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
    // Montgomery reduction of the 520-bit column sums c0..c9: five rounds each add m·p·2^(52k), m = c_k mod 2^52,
    // which clears column k (p ≡ -1 mod 2^52), then the upper half is carried into 52-bit limbs.
    long m = c0 & M;
    c1 += (c0 >> 52) + ((m << 44) & M);
    c2 += m >>> 8;
    c3 += (m << 36) & M;
    c4 += (m >>> 16) + ((m << 48) & M) - ((m << 16) & M);
    c5 += (m >>> 4) - (m >>> 36);
    m = c1 & M;
    c2 += (c1 >> 52) + ((m << 44) & M);
    c3 += m >>> 8;
    c4 += (m << 36) & M;
    c5 += (m >>> 16) + ((m << 48) & M) - ((m << 16) & M);
    c6 += (m >>> 4) - (m >>> 36);
    m = c2 & M;
    c3 += (c2 >> 52) + ((m << 44) & M);
    c4 += m >>> 8;
    c5 += (m << 36) & M;
    c6 += (m >>> 16) + ((m << 48) & M) - ((m << 16) & M);
    c7 += (m >>> 4) - (m >>> 36);
    m = c3 & M;
    c4 += (c3 >> 52) + ((m << 44) & M);
    c5 += m >>> 8;
    c6 += (m << 36) & M;
    c7 += (m >>> 16) + ((m << 48) & M) - ((m << 16) & M);
    c8 += (m >>> 4) - (m >>> 36);
    m = c4 & M;
    c5 += (c4 >> 52) + ((m << 44) & M);
    c6 += m >>> 8;
    c7 += (m << 36) & M;
    c8 += (m >>> 16) + ((m << 48) & M) - ((m << 16) & M);
    c9 += (m >>> 4) - (m >>> 36);
    c6 += c5 >> 52;
    c7 += c6 >> 52;
    c8 += c7 >> 52;
    c9 += c8 >> 52;
    r[0] = c5 & M;
    r[1] = c6 & M;
    r[2] = c7 & M;
    r[3] = c8 & M;
    r[4] = c9;
  }

  /** r = a² (Montgomery). */
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
    // Montgomery reduction of the 520-bit column sums c0..c9: five rounds each add m·p·2^(52k), m = c_k mod 2^52,
    // which clears column k (p ≡ -1 mod 2^52), then the upper half is carried into 52-bit limbs.
    long m = c0 & M;
    c1 += (c0 >> 52) + ((m << 44) & M);
    c2 += m >>> 8;
    c3 += (m << 36) & M;
    c4 += (m >>> 16) + ((m << 48) & M) - ((m << 16) & M);
    c5 += (m >>> 4) - (m >>> 36);
    m = c1 & M;
    c2 += (c1 >> 52) + ((m << 44) & M);
    c3 += m >>> 8;
    c4 += (m << 36) & M;
    c5 += (m >>> 16) + ((m << 48) & M) - ((m << 16) & M);
    c6 += (m >>> 4) - (m >>> 36);
    m = c2 & M;
    c3 += (c2 >> 52) + ((m << 44) & M);
    c4 += m >>> 8;
    c5 += (m << 36) & M;
    c6 += (m >>> 16) + ((m << 48) & M) - ((m << 16) & M);
    c7 += (m >>> 4) - (m >>> 36);
    m = c3 & M;
    c4 += (c3 >> 52) + ((m << 44) & M);
    c5 += m >>> 8;
    c6 += (m << 36) & M;
    c7 += (m >>> 16) + ((m << 48) & M) - ((m << 16) & M);
    c8 += (m >>> 4) - (m >>> 36);
    m = c4 & M;
    c5 += (c4 >> 52) + ((m << 44) & M);
    c6 += m >>> 8;
    c7 += (m << 36) & M;
    c8 += (m >>> 16) + ((m << 48) & M) - ((m << 16) & M);
    c9 += (m >>> 4) - (m >>> 36);
    c6 += c5 >> 52;
    c7 += c6 >> 52;
    c8 += c7 >> 52;
    c9 += c8 >> 52;
    r[0] = c5 & M;
    r[1] = c6 & M;
    r[2] = c7 & M;
    r[3] = c8 & M;
    r[4] = c9;
  }

  /** r = a^(2^n), n ≥ 1. */
  public static void sqrN(long[] r, long[] a, int n) {
    sqr(r, a);
    for (int i = 1; i < n; i++) {
      sqr(r, r);
    }
  }


  /** r = a + b. */
  public static void add(long[] r, long[] a, long[] b) {
    fold(r, a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3], a[4] + b[4]);
  }

  /**
   * r = a + b without carries or folding, for a sum that only feeds {@link #mul}, {@link #sqr}, {@link #add},
   * {@link #mulSmall} or the minuend of {@link #sub}: limbs stay below 2^53 and the value below 2^258, which those
   * accept (a Montgomery product of two values below 2^258 is below 2^256 + p). It must not be a subtrahend,
   * an input of another lazy sum, tested for zero, or kept as a point coordinate.
   */
  public static void addLazy(long[] r, long[] a, long[] b) {
    r[0] = a[0] + b[0];
    r[1] = a[1] + b[1];
    r[2] = a[2] + b[2];
    r[3] = a[3] + b[3];
    r[4] = a[4] + b[4];
  }

  /** r = a - b, computed as a - b + 4p (4p > 2^257 > b, so the sum is positive). */
  public static void sub(long[] r, long[] a, long[] b) {
    fold(r, a[0] - b[0] - 4, a[1] - b[1] + (1L << 46), a[2] - b[2], a[3] - b[3] + (1L << 38),
        a[4] - b[4] + (1L << 50) - (1L << 18));
  }

  /** r = -a. */
  public static void neg(long[] r, long[] a) {
    fold(r, -a[0] - 4, -a[1] + (1L << 46), -a[2], -a[3] + (1L << 38), -a[4] + (1L << 50) - (1L << 18));
  }

  /** r = k·a for 0 ≤ k ≤ 2^10. */
  public static void mulSmall(long[] r, long[] a, int k) {
    fold(r, a[0] * k, a[1] * k, a[2] * k, a[3] * k, a[4] * k);
  }

  /**
   * Normalises signed limbs t0..t4 of a value 0 ≤ V < 2^290 to 52-bit limbs of a value below 2^257 congruent
   * to V: carry, then fold the bits from 2^256 up with 2^256 ≡ 2^224 - 2^192 - 2^96 + 1 (mod p), carry again.
   */
  private static void fold(long[] r, long t0, long t1, long t2, long t3, long t4) {
    t1 += t0 >> 52;
    t2 += t1 >> 52;
    t3 += t2 >> 52;
    t4 += t3 >> 52;
    long h = t4 >> 48;
    t0 = (t0 & M) + h;
    t1 = (t1 & M) - (h << 44);
    t3 = (t3 & M) - (h << 36);
    t4 = (t4 & ((1L << 48) - 1)) + (h << 16);
    t1 += t0 >> 52;
    t2 = (t2 & M) + (t1 >> 52);
    t3 += t2 >> 52;
    t4 += t3 >> 52;
    r[0] = t0 & M;
    r[1] = t1 & M;
    r[2] = t2 & M;
    r[3] = t3 & M;
    r[4] = t4;
  }

  /** r = a if mask is -1, unchanged if mask is 0. */
  public static void cmov(long[] r, long[] a, long mask) {
    r[0] ^= mask & (r[0] ^ a[0]);
    r[1] ^= mask & (r[1] ^ a[1]);
    r[2] ^= mask & (r[2] ^ a[2]);
    r[3] ^= mask & (r[3] ^ a[3]);
    r[4] ^= mask & (r[4] ^ a[4]);
  }

  /** -1 if a ≡ 0 (mod p), else 0. Values below 2^257 that are ≡ 0 are 0, p and 2p. */
  public static long isZeroMask(long[] a) {
    long z = a[0] | a[1] | a[2] | a[3] | a[4];
    long zp = (a[0] ^ P_LIMBS[0]) | (a[1] ^ P_LIMBS[1]) | (a[2] ^ P_LIMBS[2]) | (a[3] ^ P_LIMBS[3])
        | (a[4] ^ P_LIMBS[4]);
    long z2p = (a[0] ^ P2_LIMBS[0]) | (a[1] ^ P2_LIMBS[1]) | (a[2] ^ P2_LIMBS[2]) | (a[3] ^ P2_LIMBS[3])
        | (a[4] ^ P2_LIMBS[4]);
    return zeroMask(z) | zeroMask(zp) | zeroMask(z2p);
  }

  /** Whether a ≡ 0 (mod p). */
  public static boolean isZero(long[] a) {
    return isZeroMask(a) != 0;
  }

  /** Whether a ≡ b (mod p). */
  public static boolean equal(long[] a, long[] b) {
    long[] d = new long[5];
    sub(d, a, b);
    return isZero(d);
  }

  private static long zeroMask(long v) {
    return ((v | -v) >>> 63) - 1;
  }

  /** r = a^-1 = a^(p-2) (Fermat; 255 squarings, 12 multiplications); 0 maps to 0. */
  public static void invert(long[] r, long[] a) {
    long[] x2 = new long[5];
    long[] x3 = new long[5];
    long[] x6 = new long[5];
    long[] x12 = new long[5];
    long[] x15 = new long[5];
    long[] x30 = new long[5];
    long[] x32 = new long[5];
    long[] t = new long[5];
    // x_k = a^(2^k - 1)
    sqr(x2, a);
    mul(x2, x2, a);
    sqr(x3, x2);
    mul(x3, x3, a);
    sqrN(x6, x3, 3);
    mul(x6, x6, x3);
    sqrN(x12, x6, 6);
    mul(x12, x12, x6);
    sqrN(x15, x12, 3);
    mul(x15, x15, x3);
    sqrN(x30, x15, 15);
    mul(x30, x30, x15);
    sqrN(x32, x30, 2);
    mul(x32, x32, x2);
    // p - 2 = ffffffff 00000001 00000000 00000000 00000000 ffffffff ffffffff fffffffd (hex, 32-bit words)
    sqrN(t, x32, 32);
    mul(t, t, a);
    sqrN(t, t, 128);
    mul(t, t, x32);
    sqrN(t, t, 32);
    mul(t, t, x32);
    sqrN(t, t, 30);
    mul(t, t, x30);
    sqrN(t, t, 2);
    mul(r, t, a);
  }

  /** r = the 32 big-endian octets at {@code in[off]} (any value below 2^256), in Montgomery form. */
  public static void fromOctets(long[] r, byte[] in, int off) {
    long w3 = word(in, off);
    long w2 = word(in, off + 8);
    long w1 = word(in, off + 16);
    long w0 = word(in, off + 24);
    r[0] = w0 & M;
    r[1] = ((w0 >>> 52) | (w1 << 12)) & M;
    r[2] = ((w1 >>> 40) | (w2 << 24)) & M;
    r[3] = ((w2 >>> 28) | (w3 << 36)) & M;
    r[4] = w3 >>> 16;
    mul(r, r, R2);
  }

  /** Writes a, fully reduced and out of Montgomery form, as 32 big-endian octets at {@code out[off]}. */
  public static void toOctets(long[] a, byte[] out, int off) {
    long[] t = new long[5];
    // (a·1)/R ≤ p, so one conditional subtraction of p completes the reduction.
    mul(t, a, ONE_PLAIN);
    long s0 = t[0] - P_LIMBS[0];
    long s1 = t[1] - P_LIMBS[1] + (s0 >> 52);
    long s2 = t[2] - P_LIMBS[2] + (s1 >> 52);
    long s3 = t[3] - P_LIMBS[3] + (s2 >> 52);
    long s4 = t[4] - P_LIMBS[4] + (s3 >> 52);
    long keep = s4 >> 63; // -1 if t < p
    long l0 = (t[0] & keep) | (s0 & M & ~keep);
    long l1 = (t[1] & keep) | (s1 & M & ~keep);
    long l2 = (t[2] & keep) | (s2 & M & ~keep);
    long l3 = (t[3] & keep) | (s3 & M & ~keep);
    long l4 = (t[4] & keep) | (s4 & ~keep);
    putWord(out, off + 24, l0 | (l1 << 52));
    putWord(out, off + 16, (l1 >>> 12) | (l2 << 40));
    putWord(out, off + 8, (l2 >>> 24) | (l3 << 28));
    putWord(out, off, (l3 >>> 36) | (l4 << 16));
  }

  /** Whether the 32 big-endian octets at {@code in[off]} are below p. Variable time: for public input. */
  public static boolean isCanonicalEncoding(byte[] in, int off) {
    return Arrays.compareUnsigned(in, off, off + 32, P_OCTETS, 0, 32) < 0;
  }

  static long word(byte[] in, int off) {
    long w = 0;
    for (int i = 0; i < 8; i++) {
      w = (w << 8) | (in[off + i] & 0xff);
    }
    return w;
  }

  static void putWord(byte[] out, int off, long w) {
    for (int i = 7; i >= 0; i--) {
      out[off + i] = (byte) w;
      w >>>= 8;
    }
  }

  /** 52-bit limbs of a non-negative integer below 2^260. */
  static long[] limbs(BigInteger v) {
    long[] r = new long[5];
    for (int i = 0; i < 5; i++) {
      r[i] = v.shiftRight(52 * i).longValue() & M;
    }
    return r;
  }

  static byte[] octets(BigInteger v) {
    byte[] b = v.toByteArray();
    byte[] out = new byte[32];
    int n = Math.min(b.length, 32);
    System.arraycopy(b, b.length - n, out, 32 - n, n);
    return out;
  }
}
