// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import static org.mcxsec.crypto.sakke.internal.MontgomeryField.BITS;
import static org.mcxsec.crypto.sakke.internal.MontgomeryField.LIMBS;
import static org.mcxsec.crypto.sakke.internal.MontgomeryField.MASK;

import java.util.Arrays;

/**
 * Storage of a fixed-base table read with constant-time lookups: windows of entries, each entry a few canonical
 * field elements, packed into 16 64-bit words apiece (not 20 limbs) and laid out word-major within a window, so a
 * lookup streams the whole window once and ORs the masked words of all entries.
 *
 * <p>A lookup reads every entry of its window, so a scalar multiplication reads the whole table: its speed is
 * bounded by memory bandwidth as much as by arithmetic, and the packing saves a fifth of that traffic.
 *
 * <p>Thread safety: immutable once filled; lookups are safe to run concurrently.
 */
final class PackedWindows {
  private static final int WORDS = 16;

  private final int entries;
  private final int elements;
  private final long[] data;

  PackedWindows(int windows, int entries, int elements) {
    this.entries = entries;
    this.elements = elements;
    this.data = new long[windows * elements * WORDS * entries];
  }

  /** Stores the canonical element {@code value} (limbs, below {@code 2^1024}) as element {@code e} of an entry. */
  void put(int window, int entry, int e, long[] value) {
    int base = (window * elements + e) * WORDS * entries;
    for (int w = 0; w < WORDS; w++) {
      data[base + w * entries + entry] = word(value, w);
    }
  }

  /** Element {@code e} of entry {@code want} into {@code out[e]} for every e, reading the whole window. */
  void get(int window, int want, long[][] out) {
    long[] masks = new long[entries];
    for (int j = 0; j < entries; j++) {
      masks[j] = ((long) (j ^ want) - 1) >> 63;
    }
    long[] words = new long[WORDS];
    for (int e = 0; e < elements; e++) {
      int base = (window * elements + e) * WORDS * entries;
      for (int w = 0; w < WORDS; w++) {
        int off = base + w * entries;
        long acc = 0;
        for (int j = 0; j < entries; j++) {
          acc |= data[off + j] & masks[j];
        }
        words[w] = acc;
      }
      unpack(out[e], words);
    }
    Arrays.fill(words, 0);
  }

  /** 64-bit word {@code w} of the integer with limbs {@code a}. */
  private static long word(long[] a, int w) {
    int bit = 64 * w;
    int limb = bit / BITS;
    int shift = bit % BITS;
    long v = a[limb] >>> shift;
    if (limb + 1 < LIMBS) {
      v |= a[limb + 1] << (BITS - shift);
    }
    if (shift + 64 > 2 * BITS && limb + 2 < LIMBS) {
      v |= a[limb + 2] << (2 * BITS - shift);
    }
    return v;
  }

  private static void unpack(long[] r, long[] words) {
    for (int j = 0; j < LIMBS; j++) {
      int bit = BITS * j;
      int w = bit / 64;
      int shift = bit % 64;
      long v = w < WORDS ? words[w] >>> shift : 0;
      if (shift + BITS > 64 && w + 1 < WORDS) {
        v |= words[w + 1] << (64 - shift);
      }
      r[j] = v & MASK;
    }
  }
}
