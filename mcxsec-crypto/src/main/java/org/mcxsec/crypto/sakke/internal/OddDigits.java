// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.mcxsec.crypto.sakke.internal.MontgomeryField.LIMBS;

/**
 * Recoding of a scalar {@code 0 < k < q} into {@code m = ceil(1023/w)} odd signed digits
 * {@code d_i ∈ {±1, ±3, …, ±(2^w − 1)}} with {@code k ≡ Σ d_i·2^(w·i) (mod q)}, without branches on k.
 *
 * <p>An even k is first replaced by {@code k + q} (odd, below {@code 2^1023}, the same multiple of an order-q
 * element). For odd k, {@code E = (k − 1)/2 + 2^(w·m − 1)} has base-2^w digits {@code e_i} with
 * {@code d_i = 2·e_i − (2^w − 1)}: {@code Σ d_i·2^(w·i) = 2E − (2^(w·m) − 1) = k}. A digit is used as a table
 * index {@code (|d_i| − 1)/2} and a sign.
 *
 * <p>Thread safety: immutable, safe to share.
 */
final class OddDigits {
  private static final long[] Q = MontgomeryField.limbs(ParameterSet1.Q);

  private final int width;
  private final int windows;

  OddDigits(int width) {
    if (width < 2 || width > 10) {
      throw new IllegalArgumentException("window width " + width + " is outside [2, 10]");
    }
    this.width = width;
    this.windows = (1023 + width - 1) / width;
  }

  int width() {
    return width;
  }

  int windows() {
    return windows;
  }

  /** E for the canonical scalar {@code k} (plain limbs); its w-bit digits are read with {@link #digit}. */
  long[] recode(long[] k) {
    long[] odd = new long[LIMBS];
    long even = (k[0] & 1) - 1; // -1 if k is even
    long c = 0;
    for (int j = 0; j < LIMBS; j++) {
      long v = k[j] + (Q[j] & even) + c;
      odd[j] = v & MontgomeryField.MASK;
      c = v >> MontgomeryField.BITS;
    }
    long[] e = new long[LIMBS];
    for (int j = 0; j < LIMBS; j++) {
      long next = j + 1 < LIMBS ? odd[j + 1] : 0;
      e[j] = (odd[j] >>> 1) | ((next & 1) << (MontgomeryField.BITS - 1));
    }
    int top = width * windows - 1;
    e[top / MontgomeryField.BITS] |= 1L << (top % MontgomeryField.BITS);
    java.util.Arrays.fill(odd, 0);
    return e;
  }

  /** The i-th base-2^w digit e_i of E. */
  int digit(long[] e, int i) {
    int pos = width * i;
    int limb = pos / MontgomeryField.BITS;
    int off = pos % MontgomeryField.BITS;
    long v = e[limb] >>> off;
    if (off + width > MontgomeryField.BITS && limb + 1 < LIMBS) {
      v |= e[limb + 1] << (MontgomeryField.BITS - off);
    }
    return (int) (v & ((1L << width) - 1));
  }

  /** The table index {@code (|d| − 1)/2} of the digit {@code d = 2e − (2^w − 1)}. */
  int index(int e) {
    int half = 1 << (width - 1);
    int negative = (e - half) >> 31; // -1 if e < half, i.e. d < 0
    return (e ^ negative) & (half - 1);
  }

  /** -1 if the digit {@code d = 2e − (2^w − 1)} is negative, else 0. */
  long negativeMask(int e) {
    return (long) ((e - (1 << (width - 1))) >> 31);
  }
}
