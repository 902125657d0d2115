// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.mcxsec.crypto.sakke.internal.MontgomeryField.LIMBS;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Fixed-base powers of an element of PF_p[q] (RFC 6508 §2.1): g^r for SAKKE encapsulation, computed in F_p² as
 * RFC 6508 §6.2.1 step 4a requires — not as g^r mod p.
 *
 * <p>The class of {@code a + b·i} (a ≠ 0) is represented by {@code t = b/a}; t stands for the class of
 * {@code 1 + t·i}. Window i holds the representatives of {@code g^((2j + 1)·2^(w·i))}, so multiplying the running
 * product {@code a + b·i} by a table element costs two products: {@code (a + b·i)(1 + t·i) = (a − b·t) +
 * (b + a·t)·i}. The inverse class of {@code 1 + t·i} is {@code 1 − t·i} (their product lies in F_p), so negative
 * odd digits (see {@link OddDigits}) cost one negation. One inversion at the end returns b/a.
 *
 * <p>Thread safety: immutable, safe to share.
 */
public final class PfpPowerTable {
  private static final MontgomeryField F = ParameterSet1.FP;
  private static final long[] NO_BLIND = MontgomeryField.limbs(BigInteger.ONE);

  private final OddDigits digits;
  private final PackedWindows data;

  private PfpPowerTable(OddDigits digits, PackedWindows data) {
    this.digits = digits;
    this.data = data;
  }

  /** The table for the element of PF_p[q] represented by {@code g} (canonical, not Montgomery form). */
  public static PfpPowerTable build(BigInteger g, int width) {
    OddDigits digits = new OddDigits(width);
    int windows = digits.windows();
    int entries = 1 << (width - 1);
    PackedWindows data = new PackedWindows(windows, entries, 1);
    // 1. g_i = g^(2^(w·i)) as (a_i, b_i) by repeated squaring in F_p², then t_i = b_i / a_i.
    long[][] t = new long[windows][];
    long[][] a = new long[windows][];
    long[] ca = F.one();
    long[] cb = new long[LIMBS];
    F.toMontgomery(cb, MontgomeryField.limbs(g));
    long[] s = new long[LIMBS];
    long[] d = new long[LIMBS];
    for (int i = 0; i < windows; i++) {
      if (i > 0) {
        for (int k = 0; k < width; k++) {
          F.add(s, ca, cb);
          F.sub(d, ca, cb);
          F.mul(cb, ca, cb);
          F.add(cb, cb, cb); // 2ab
          F.mul(ca, s, d); // a² − b²
        }
      }
      a[i] = ca.clone();
      t[i] = cb.clone();
    }
    invertAll(a);
    for (int i = 0; i < windows; i++) {
      F.mul(t[i], t[i], a[i]);
    }
    // 2. h_i = class of g_i² = (1 − t²) + 2t·i; then u ← class of (1 + u·i)(1 + h·i) = (u + h)/(1 − u·h).
    long[][] h = new long[windows][LIMBS];
    long[][] den = new long[windows][LIMBS];
    for (int i = 0; i < windows; i++) {
      F.sqr(den[i], t[i]);
      F.sub(den[i], F.one(), den[i]);
      F.add(h[i], t[i], t[i]);
    }
    invertAll(den);
    for (int i = 0; i < windows; i++) {
      F.mul(h[i], h[i], den[i]);
    }
    long[][] u = t;
    for (int j = 0; j < entries; j++) {
      if (j > 0) {
        long[][] num = new long[windows][LIMBS];
        for (int i = 0; i < windows; i++) {
          F.add(num[i], u[i], h[i]);
          F.mul(den[i], u[i], h[i]);
          F.sub(den[i], F.one(), den[i]);
        }
        invertAll(den);
        for (int i = 0; i < windows; i++) {
          F.mul(u[i], num[i], den[i]);
        }
      }
      for (int i = 0; i < windows; i++) {
        F.reduce(u[i], u[i]);
        data.put(i, j, 0, u[i]);
      }
    }
    return new PfpPowerTable(digits, data);
  }

  /**
   * Writes the representative of {@code g^k} as 128 octets (RFC 6508 §4) for a canonical scalar {@code 0 < k < q}
   * (plain limbs). Branch-free in k; the final inversion is blinded by {@code blind}.
   */
  public void power(byte[] out, long[] k, long[] blind) {
    long[] a = new long[LIMBS];
    long[] b = new long[LIMBS];
    power(a, b, k);
    if (!F.invert(a, a, blind)) {
      throw new IllegalStateException("g^k has a = 0");
    }
    representative(out, a, b);
  }

  /**
   * {@code a + b·i} in the class of {@code g^k} (Montgomery form), for a canonical scalar {@code 0 < k < q}: the
   * caller inverts a, possibly together with other values, and calls {@link #representative}. a is never 0: no
   * class of PF_p[q] is that of i.
   */
  public void power(long[] a, long[] b, long[] k) {
    long[] e = digits.recode(k);
    long[] t = new long[LIMBS];
    long[] nt = new long[LIMBS];
    long[] at = new long[LIMBS];
    long[] bt = new long[LIMBS];
    long[][] slot = {t};
    System.arraycopy(F.one(), 0, a, 0, LIMBS);
    for (int i = 0; i < digits.windows(); i++) {
      int digit = digits.digit(e, i);
      data.get(i, digits.index(digit), slot);
      F.neg(nt, t);
      MontgomeryField.select(t, t, nt, digits.negativeMask(digit));
      if (i == 0) {
        System.arraycopy(t, 0, b, 0, LIMBS);
      } else {
        F.mul(at, a, t);
        F.mul(bt, b, t);
        F.sub(a, a, bt);
        F.add(b, b, at);
      }
    }
    for (long[] x : new long[][] {e, t, nt, at, bt}) {
      Arrays.fill(x, 0);
    }
  }

  /** Writes {@code b·aInverse} (the representative b/a) as 128 octets and wipes both inputs. */
  public static void representative(byte[] out, long[] aInverse, long[] b) {
    F.mul(b, b, aInverse);
    F.fromMontgomery(b, b);
    MontgomeryField.encode(out, 0, ParameterSet1.FIELD_OCTETS, b);
    Arrays.fill(aInverse, 0);
    Arrays.fill(b, 0);
  }

  private static void invertAll(long[][] values) {
    if (!F.invertAll(values, values.length, NO_BLIND)) {
      throw new IllegalArgumentException("zero denominator: the base is not an element of PF_p[q]");
    }
  }
}
