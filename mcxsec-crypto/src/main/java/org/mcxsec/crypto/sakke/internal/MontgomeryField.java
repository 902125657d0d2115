// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Arithmetic modulo an odd modulus {@code m < 2^1030} in Montgomery form, on twenty 52-bit limbs
 * ({@code R = 2^1040}). SAKKE parameter set 1 uses it for F_p (1024 bits) and for scalars modulo q.
 *
 * <p>An element is a {@code long[20]}, least significant limb first, every limb in {@code [0, 2^52)}, the value in
 * {@code [0, 2m)}: products are not brought below m (the 16 spare bits of R make that unnecessary), so an element
 * is canonical only after {@link #reduce}. Limbs of 52 bits let {@link #mul} accumulate all partial products
 * without carry handling and take the high half of each product with one {@link Math#multiplyHigh}; the 64-bit
 * multiplier, not carry propagation, bounds its speed.
 *
 * <p>Security: {@link #mul}, {@link #add}, {@link #sub}, {@link #reduce} and {@link #select} run in time and with
 * memory accesses independent of the values. {@link #invert} hands a value blinded by a caller-supplied random
 * factor to {@link BigInteger#modInverse}, whose timing then reveals nothing about the input.
 *
 * <p>Thread safety: immutable, safe to share.
 */
public final class MontgomeryField {
  /** Limbs per element. */
  public static final int LIMBS = 20;
  static final int BITS = 52;
  static final long MASK = (1L << BITS) - 1;
  /** Pre-shift making {@code multiplyHigh(x << SHIFT, y << SHIFT)} the product bits from 52 up. */
  private static final int SHIFT = (64 - BITS) / 2;

  private final BigInteger m;
  private final long[] modulus;
  private final long[] modulusShifted;
  private final long[] twoM;
  private final long[] fourM;
  private final long mInv;
  private final long[] rSquared;
  private final long[] rCubed;
  private final long[] one;

  /** @throws IllegalArgumentException unless {@code modulus} is odd, greater than 2 and below {@code 2^1030} */
  public MontgomeryField(BigInteger modulus) {
    if (!modulus.testBit(0) || modulus.bitLength() > 1030 || modulus.compareTo(BigInteger.TWO) <= 0) {
      throw new IllegalArgumentException("modulus must be odd, > 2 and < 2^1030; got " + modulus.bitLength() + " bits");
    }
    BigInteger r = BigInteger.ONE.shiftLeft(BITS * LIMBS);
    this.m = modulus;
    this.modulus = limbs(modulus);
    this.modulusShifted = new long[LIMBS];
    for (int j = 0; j < LIMBS; j++) {
      modulusShifted[j] = this.modulus[j] << SHIFT;
    }
    this.twoM = limbs(modulus.shiftLeft(1));
    this.fourM = limbs(modulus.shiftLeft(2));
    this.mInv = BigInteger.ONE.shiftLeft(BITS).subtract(modulus.modInverse(BigInteger.ONE.shiftLeft(BITS))).longValue();
    this.rSquared = limbs(r.multiply(r).mod(modulus));
    this.rCubed = limbs(r.pow(3).mod(modulus));
    this.one = limbs(r.mod(modulus));
  }

  /** The modulus. */
  public BigInteger modulus() {
    return m;
  }

  /** A new zero element. */
  public static long[] newElement() {
    return new long[LIMBS];
  }

  /** One, in Montgomery form. */
  public long[] one() {
    return one.clone();
  }

  /** {@code r = a·b·R^-1 mod m}, in {@code [0, 2m)}; {@code r} may alias {@code a} or {@code b}. */
  public void mul(long[] r, long[] a, long[] b) {
    // Operand scanning, one row a_i·b plus one reduction row q·m per step, each shifted down by a limb; the
    // column sums stay below 2^60 and the carries are propagated once at the end.
    final long[] m = modulus, ms = modulusShifted;
    final long mInv = this.mInv;
    long b0 = b[0]; long b1 = b[1]; long b2 = b[2]; long b3 = b[3]; long b4 = b[4];
    long b5 = b[5]; long b6 = b[6]; long b7 = b[7]; long b8 = b[8]; long b9 = b[9];
    long b10 = b[10]; long b11 = b[11]; long b12 = b[12]; long b13 = b[13]; long b14 = b[14];
    long b15 = b[15]; long b16 = b[16]; long b17 = b[17]; long b18 = b[18]; long b19 = b[19];
    long t0 = 0; long t1 = 0; long t2 = 0; long t3 = 0; long t4 = 0;
    long t5 = 0; long t6 = 0; long t7 = 0; long t8 = 0; long t9 = 0;
    long t10 = 0; long t11 = 0; long t12 = 0; long t13 = 0; long t14 = 0;
    long t15 = 0; long t16 = 0; long t17 = 0; long t18 = 0; long t19 = 0;
    for (int i = 0; i < LIMBS; i++) {
      long ai = a[i];
      long ais = ai << SHIFT;
      long u = t0 + ((ai * b0) & MASK);
      long q = (u * mInv) & MASK;
      long qs = q << SHIFT;
      u += (q * m[0]) & MASK;
      long h = (u >>> BITS) + Math.multiplyHigh(ais, b0 << SHIFT) + Math.multiplyHigh(qs, ms[0]);
      t0 = t1 + ((ai * b1) & MASK) + ((q * m[1]) & MASK) + h;
      h = Math.multiplyHigh(ais, b1 << SHIFT) + Math.multiplyHigh(qs, ms[1]);
      t1 = t2 + ((ai * b2) & MASK) + ((q * m[2]) & MASK) + h;
      h = Math.multiplyHigh(ais, b2 << SHIFT) + Math.multiplyHigh(qs, ms[2]);
      t2 = t3 + ((ai * b3) & MASK) + ((q * m[3]) & MASK) + h;
      h = Math.multiplyHigh(ais, b3 << SHIFT) + Math.multiplyHigh(qs, ms[3]);
      t3 = t4 + ((ai * b4) & MASK) + ((q * m[4]) & MASK) + h;
      h = Math.multiplyHigh(ais, b4 << SHIFT) + Math.multiplyHigh(qs, ms[4]);
      t4 = t5 + ((ai * b5) & MASK) + ((q * m[5]) & MASK) + h;
      h = Math.multiplyHigh(ais, b5 << SHIFT) + Math.multiplyHigh(qs, ms[5]);
      t5 = t6 + ((ai * b6) & MASK) + ((q * m[6]) & MASK) + h;
      h = Math.multiplyHigh(ais, b6 << SHIFT) + Math.multiplyHigh(qs, ms[6]);
      t6 = t7 + ((ai * b7) & MASK) + ((q * m[7]) & MASK) + h;
      h = Math.multiplyHigh(ais, b7 << SHIFT) + Math.multiplyHigh(qs, ms[7]);
      t7 = t8 + ((ai * b8) & MASK) + ((q * m[8]) & MASK) + h;
      h = Math.multiplyHigh(ais, b8 << SHIFT) + Math.multiplyHigh(qs, ms[8]);
      t8 = t9 + ((ai * b9) & MASK) + ((q * m[9]) & MASK) + h;
      h = Math.multiplyHigh(ais, b9 << SHIFT) + Math.multiplyHigh(qs, ms[9]);
      t9 = t10 + ((ai * b10) & MASK) + ((q * m[10]) & MASK) + h;
      h = Math.multiplyHigh(ais, b10 << SHIFT) + Math.multiplyHigh(qs, ms[10]);
      t10 = t11 + ((ai * b11) & MASK) + ((q * m[11]) & MASK) + h;
      h = Math.multiplyHigh(ais, b11 << SHIFT) + Math.multiplyHigh(qs, ms[11]);
      t11 = t12 + ((ai * b12) & MASK) + ((q * m[12]) & MASK) + h;
      h = Math.multiplyHigh(ais, b12 << SHIFT) + Math.multiplyHigh(qs, ms[12]);
      t12 = t13 + ((ai * b13) & MASK) + ((q * m[13]) & MASK) + h;
      h = Math.multiplyHigh(ais, b13 << SHIFT) + Math.multiplyHigh(qs, ms[13]);
      t13 = t14 + ((ai * b14) & MASK) + ((q * m[14]) & MASK) + h;
      h = Math.multiplyHigh(ais, b14 << SHIFT) + Math.multiplyHigh(qs, ms[14]);
      t14 = t15 + ((ai * b15) & MASK) + ((q * m[15]) & MASK) + h;
      h = Math.multiplyHigh(ais, b15 << SHIFT) + Math.multiplyHigh(qs, ms[15]);
      t15 = t16 + ((ai * b16) & MASK) + ((q * m[16]) & MASK) + h;
      h = Math.multiplyHigh(ais, b16 << SHIFT) + Math.multiplyHigh(qs, ms[16]);
      t16 = t17 + ((ai * b17) & MASK) + ((q * m[17]) & MASK) + h;
      h = Math.multiplyHigh(ais, b17 << SHIFT) + Math.multiplyHigh(qs, ms[17]);
      t17 = t18 + ((ai * b18) & MASK) + ((q * m[18]) & MASK) + h;
      h = Math.multiplyHigh(ais, b18 << SHIFT) + Math.multiplyHigh(qs, ms[18]);
      t18 = t19 + ((ai * b19) & MASK) + ((q * m[19]) & MASK) + h;
      h = Math.multiplyHigh(ais, b19 << SHIFT) + Math.multiplyHigh(qs, ms[19]);
      t19 = h;
    }
    long c;
    r[0] = t0 & MASK; c = t0 >> BITS;
    t1 += c; r[1] = t1 & MASK; c = t1 >> BITS;
    t2 += c; r[2] = t2 & MASK; c = t2 >> BITS;
    t3 += c; r[3] = t3 & MASK; c = t3 >> BITS;
    t4 += c; r[4] = t4 & MASK; c = t4 >> BITS;
    t5 += c; r[5] = t5 & MASK; c = t5 >> BITS;
    t6 += c; r[6] = t6 & MASK; c = t6 >> BITS;
    t7 += c; r[7] = t7 & MASK; c = t7 >> BITS;
    t8 += c; r[8] = t8 & MASK; c = t8 >> BITS;
    t9 += c; r[9] = t9 & MASK; c = t9 >> BITS;
    t10 += c; r[10] = t10 & MASK; c = t10 >> BITS;
    t11 += c; r[11] = t11 & MASK; c = t11 >> BITS;
    t12 += c; r[12] = t12 & MASK; c = t12 >> BITS;
    t13 += c; r[13] = t13 & MASK; c = t13 >> BITS;
    t14 += c; r[14] = t14 & MASK; c = t14 >> BITS;
    t15 += c; r[15] = t15 & MASK; c = t15 >> BITS;
    t16 += c; r[16] = t16 & MASK; c = t16 >> BITS;
    t17 += c; r[17] = t17 & MASK; c = t17 >> BITS;
    t18 += c; r[18] = t18 & MASK; c = t18 >> BITS;
    r[19] = t19 + c;
  }

  /** {@code r = a²·R^-1 mod m}. */
  public void sqr(long[] r, long[] a) {
    mul(r, a, a);
  }

  /** {@code r = a + b mod m}, in {@code [0, 2m)}. */
  public void add(long[] r, long[] a, long[] b) {
    long c = 0;
    for (int j = 0; j < LIMBS; j++) {
      long v = a[j] + b[j] + c;
      r[j] = v & MASK;
      c = v >> BITS;
    }
    subtractIfAtLeast(r, twoM);
  }

  /** {@code r = a - b mod m}, in {@code [0, 2m)}. */
  public void sub(long[] r, long[] a, long[] b) {
    long c = 0;
    for (int j = 0; j < LIMBS; j++) {
      long v = a[j] - b[j] + c;
      r[j] = v & MASK;
      c = v >> BITS;
    }
    long negative = c; // -1 when a < b: add 2m back (the carry out of the top limb is dropped)
    c = 0;
    for (int j = 0; j < LIMBS; j++) {
      long v = r[j] + (twoM[j] & negative) + c;
      r[j] = v & MASK;
      c = v >> BITS;
    }
  }

  /** {@code r = -a mod m}. */
  public void neg(long[] r, long[] a) {
    sub(r, new long[LIMBS], a);
  }

  /** {@code r = a} brought into {@code [0, m)}: the canonical representative of the same residue. */
  public void reduce(long[] r, long[] a) {
    if (r != a) {
      System.arraycopy(a, 0, r, 0, LIMBS);
    }
    subtractIfAtLeast(r, modulus);
  }

  /** {@code r = a mod m} for an integer {@code 0 ≤ a < 8m} (plain limbs), without a branch. */
  public void reduceBelow8m(long[] r, long[] a) {
    if (r != a) {
      System.arraycopy(a, 0, r, 0, LIMBS);
    }
    subtractIfAtLeast(r, fourM);
    subtractIfAtLeast(r, twoM);
    subtractIfAtLeast(r, modulus);
  }

  /** Whether {@code a ≡ 0 (mod m)}; the work does not depend on {@code a}. */
  public boolean isZero(long[] a) {
    long[] t = new long[LIMBS];
    reduce(t, a);
    long acc = 0;
    for (int j = 0; j < LIMBS; j++) {
      acc |= t[j];
    }
    return acc == 0;
  }

  /** Whether {@code a ≡ b (mod m)}; the work does not depend on the values. */
  public boolean equal(long[] a, long[] b) {
    long[] d = new long[LIMBS];
    sub(d, a, b);
    return isZero(d);
  }

  /** Whether the integer {@code a} is below the integer {@code b} (plain limbs), without a branch on the values. */
  public static boolean lessThan(long[] a, long[] b) {
    long borrow = 0;
    for (int j = 0; j < LIMBS; j++) {
      borrow = (a[j] - b[j] + borrow) >> BITS;
    }
    return borrow != 0;
  }

  /** {@code r = mask == 0 ? a : b} for {@code mask} 0 or -1, without a branch. */
  public static void select(long[] r, long[] a, long[] b, long mask) {
    for (int j = 0; j < LIMBS; j++) {
      r[j] = a[j] ^ ((a[j] ^ b[j]) & mask);
    }
  }

  /** {@code r = a·R mod m}: into Montgomery form ({@code a} below {@code 2m}). */
  public void toMontgomery(long[] r, long[] a) {
    mul(r, a, rSquared);
  }

  /** {@code r = a·R^-1 mod m} in {@code [0, m)}: out of Montgomery form, canonical. */
  public void fromMontgomery(long[] r, long[] a) {
    long[] plainOne = new long[LIMBS];
    plainOne[0] = 1;
    mul(r, a, plainOne);
    reduce(r, r);
  }

  /**
   * {@code r = a^-1} (Montgomery form in and out). The inversion runs on {@code a·blind}, so its variable timing
   * tells nothing about {@code a} when {@code blind} is random; {@code blind} must be non-zero mod m.
   *
   * @return {@code false}, leaving {@code r} unchanged, if {@code a ≡ 0}
   */
  public boolean invert(long[] r, long[] a, long[] blind) {
    long[] x = new long[LIMBS];
    mul(x, a, blind); // = a_plain · blind
    reduce(x, x);
    BigInteger xb = toBigInteger(x);
    if (xb.signum() == 0) {
      return false;
    }
    long[] y = limbs(xb.modInverse(m)); // (a_plain · blind)^-1
    mul(y, y, blind); // = a_plain^-1 · R^-1
    mul(r, y, rCubed); // = a_plain^-1 · R
    return true;
  }

  /**
   * Replaces each of {@code xs[0 .. count)} by its inverse with one {@link #invert} (Montgomery's trick).
   *
   * @return {@code false}, leaving {@code xs} unchanged, if any of them is zero
   */
  public boolean invertAll(long[][] xs, int count, long[] blind) {
    if (count == 0) {
      return true;
    }
    long[][] prefix = new long[count][];
    prefix[0] = xs[0].clone();
    for (int i = 1; i < count; i++) {
      prefix[i] = new long[LIMBS];
      mul(prefix[i], prefix[i - 1], xs[i]);
    }
    long[] inv = new long[LIMBS];
    if (!invert(inv, prefix[count - 1], blind)) {
      return false;
    }
    long[] t = new long[LIMBS];
    for (int i = count - 1; i > 0; i--) {
      mul(t, inv, prefix[i - 1]); // = xs[i]^-1
      mul(inv, inv, xs[i]); // = (xs[0]·…·xs[i-1])^-1
      System.arraycopy(t, 0, xs[i], 0, LIMBS);
    }
    System.arraycopy(inv, 0, xs[0], 0, LIMBS);
    return true;
  }

  /** A random blinding factor for {@link #invert}: non-zero, below {@code 2^988 < m}. */
  public static long[] randomBlind(SecureRandom random) {
    byte[] b = new byte[8 * (LIMBS - 1)];
    random.nextBytes(b);
    long[] r = new long[LIMBS];
    for (int j = 0; j < LIMBS - 1; j++) {
      long v = 0;
      for (int k = 0; k < 8; k++) {
        v = (v << 8) | (b[8 * j + k] & 0xff);
      }
      r[j] = v & MASK;
    }
    r[0] |= 1;
    Arrays.fill(b, (byte) 0);
    return r;
  }

  /** {@code r = a - t} if {@code a ≥ t}, else {@code a}, without a branch; {@code a} below {@code 2^1040}. */
  private static void subtractIfAtLeast(long[] a, long[] t) {
    long borrow = 0;
    for (int j = 0; j < LIMBS; j++) {
      borrow = (a[j] - t[j] + borrow) >> BITS;
    }
    long keep = borrow; // -1 when a < t
    long c = 0;
    for (int j = 0; j < LIMBS; j++) {
      long v = a[j] - (t[j] & ~keep) + c;
      a[j] = v & MASK;
      c = v >> BITS;
    }
  }

  /** The limbs of {@code 0 ≤ x < 2^1040}. */
  public static long[] limbs(BigInteger x) {
    if (x.signum() < 0 || x.bitLength() > BITS * LIMBS) {
      throw new IllegalArgumentException("value out of range: " + x.bitLength() + " bits");
    }
    long[] r = new long[LIMBS];
    for (int j = 0; j < LIMBS; j++) {
      r[j] = x.shiftRight(BITS * j).longValue() & MASK;
    }
    return r;
  }

  /** The integer whose limbs are {@code a}. */
  public static BigInteger toBigInteger(long[] a) {
    byte[] b = new byte[LIMBS * BITS / 8];
    encode(b, 0, b.length, a);
    return new BigInteger(1, b);
  }

  /** Writes the integer {@code a} (below {@code 2^(8·len)}) as {@code len} big-endian octets at {@code off}. */
  public static void encode(byte[] out, int off, int len, long[] a) {
    for (int k = 0; k < len; k++) {
      int bit = 8 * k;
      int limb = bit / BITS;
      int shift = bit % BITS;
      long v = limb < LIMBS ? a[limb] >>> shift : 0;
      if (shift > BITS - 8 && limb + 1 < LIMBS) {
        v |= a[limb + 1] << (BITS - shift);
      }
      out[off + len - 1 - k] = (byte) v;
    }
  }

  /** Reads {@code len ≤ 130} big-endian octets at {@code off} as the limbs of an integer. */
  public static void decode(long[] r, byte[] in, int off, int len) {
    Arrays.fill(r, 0);
    for (int k = 0; k < len; k++) {
      int bit = 8 * k;
      int limb = bit / BITS;
      int shift = bit % BITS;
      long v = in[off + len - 1 - k] & 0xffL;
      r[limb] |= (v << shift) & MASK;
      if (shift > BITS - 8) {
        r[limb + 1] |= v >>> (BITS - shift);
      }
    }
  }
}
