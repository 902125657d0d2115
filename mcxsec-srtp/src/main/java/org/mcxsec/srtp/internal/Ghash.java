// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * GHASH of NIST SP 800-38D §6.4 (the authentication part of GCM) with one 8-bit table per octet position.
 *
 * <p>Field elements are held as two big-endian longs; bit 0 of octet 0 (the most significant bit of {@code hi})
 * is the coefficient of x^0, so multiplying by x is a right shift with the reduction constant
 * {@code R = 0xE1 || 0^120}. For each of the 16 octet positions p and each octet value v the table holds
 * {@code (v at position p) * H}, already reduced, so {@code X * H} is the XOR of 16 table entries:
 *
 * <pre>
 *   X = x_0 x_1 ... x_15 (octets)      X * H = T[0][x_0] ^ T[1][x_1] ^ ... ^ T[15][x_15]
 *   T[p][v] = XOR of H * x^(8p + k) for each bit k of v (k = 0 is the octet's most significant bit)
 * </pre>
 *
 * <p>The table takes 64 KiB per hash key and holds no reduction step; it is built once per session key.
 *
 * <p>Security: table lookups are indexed by data-dependent octets, as in other table-driven GHASH
 * implementations without carry-less multiply instructions; a co-resident attacker observing the cache could learn
 * about H. {@link #destroy()} wipes the table. Thread safety: not thread-safe.
 */
final class Ghash {
  static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final long R = 0xE100_0000_0000_0000L;

  private final long[] table = new long[16 * 256 * 2];
  private final byte[] pending = new byte[16];
  private int pendingLength;
  private long yh;
  private long yl;

  /** A GHASH instance for the hash key {@code h} = E(K, 0^128). */
  Ghash(byte[] h) {
    long hh = (long) LONG.get(h, 0);
    long hl = (long) LONG.get(h, 8);
    long[] ph = new long[128];
    long[] pl = new long[128];
    for (int j = 0; j < 128; j++) {
      ph[j] = hh;
      pl[j] = hl;
      long carry = -(hl & 1) & R;                  // multiply by x: shift right, reduce
      hl = (hl >>> 1) | (hh << 63);
      hh = (hh >>> 1) ^ carry;
    }
    for (int p = 0; p < 16; p++) {
      int base = p << 9;
      for (int v = 1; v < 256; v++) {
        int low = Integer.numberOfTrailingZeros(v);   // bit (7 - low) in the spec's numbering
        int rest = v & (v - 1);
        int k = 8 * p + 7 - low;
        table[base + 2 * v] = table[base + 2 * rest] ^ ph[k];
        table[base + 2 * v + 1] = table[base + 2 * rest + 1] ^ pl[k];
      }
    }
  }

  /** Starts a new hash. */
  void reset() {
    yh = 0;
    yl = 0;
    pendingLength = 0;
  }

  /** Absorbs {@code len} octets; partial blocks wait for more input or {@link #padBlock()}. */
  void update(byte[] b, int off, int len) {
    if (pendingLength > 0) {
      int take = Math.min(len, 16 - pendingLength);
      System.arraycopy(b, off, pending, pendingLength, take);
      pendingLength += take;
      off += take;
      len -= take;
      if (pendingLength < 16) {
        return;
      }
      block((long) LONG.get(pending, 0), (long) LONG.get(pending, 8));
      pendingLength = 0;
    }
    int end = off + (len & ~15);
    for (; off < end; off += 16) {
      block((long) LONG.get(b, off), (long) LONG.get(b, off + 8));
    }
    int rest = len & 15;
    if (rest > 0) {
      System.arraycopy(b, off, pending, 0, rest);
      pendingLength = rest;
    }
  }

  /** Absorbs one 32-bit big-endian value. */
  void updateInt(int v) {
    if (pendingLength <= 12) {
      pending[pendingLength] = (byte) (v >>> 24);
      pending[pendingLength + 1] = (byte) (v >>> 16);
      pending[pendingLength + 2] = (byte) (v >>> 8);
      pending[pendingLength + 3] = (byte) v;
      pendingLength += 4;
      if (pendingLength == 16) {
        block((long) LONG.get(pending, 0), (long) LONG.get(pending, 8));
        pendingLength = 0;
      }
      return;
    }
    for (int i = 0; i < 4; i++) {
      pending[pendingLength++] = (byte) (v >>> (24 - 8 * i));
      if (pendingLength == 16) {
        block((long) LONG.get(pending, 0), (long) LONG.get(pending, 8));
        pendingLength = 0;
      }
    }
  }

  /** Zero-pads a partial block, ending one GCM input segment (A or C). */
  void padBlock() {
    if (pendingLength > 0) {
      Arrays.fill(pending, pendingLength, 16, (byte) 0);
      block((long) LONG.get(pending, 0), (long) LONG.get(pending, 8));
      pendingLength = 0;
    }
  }

  /** Absorbs the final block {@code len(A) || len(C)} in bits (SP 800-38D §7.1 step 5). */
  void lengths(long aadOctets, long ciphertextOctets) {
    padBlock();
    block(aadOctets << 3, ciphertextOctets << 3);
  }

  /** The high 64 bits of the current hash value. */
  long high() {
    return yh;
  }

  /** The low 64 bits of the current hash value. */
  long low() {
    return yl;
  }

  /** {@code Y = (Y ^ X) * H}. */
  private void block(long xh, long xl) {
    xh ^= yh;
    xl ^= yl;
    final long[] t = table;
    int i0 = (int) (xh >>> 55) & 0x1FE;
    int i1 = 0x200 | ((int) (xh >>> 47) & 0x1FE);
    int i2 = 0x400 | ((int) (xh >>> 39) & 0x1FE);
    int i3 = 0x600 | ((int) (xh >>> 31) & 0x1FE);
    int i4 = 0x800 | ((int) (xh >>> 23) & 0x1FE);
    int i5 = 0xA00 | ((int) (xh >>> 15) & 0x1FE);
    int i6 = 0xC00 | ((int) (xh >>> 7) & 0x1FE);
    int i7 = 0xE00 | ((int) (xh << 1) & 0x1FE);
    int j0 = 0x1000 | ((int) (xl >>> 55) & 0x1FE);
    int j1 = 0x1200 | ((int) (xl >>> 47) & 0x1FE);
    int j2 = 0x1400 | ((int) (xl >>> 39) & 0x1FE);
    int j3 = 0x1600 | ((int) (xl >>> 31) & 0x1FE);
    int j4 = 0x1800 | ((int) (xl >>> 23) & 0x1FE);
    int j5 = 0x1A00 | ((int) (xl >>> 15) & 0x1FE);
    int j6 = 0x1C00 | ((int) (xl >>> 7) & 0x1FE);
    int j7 = 0x1E00 | ((int) (xl << 1) & 0x1FE);
    yh = t[i0] ^ t[i1] ^ t[i2] ^ t[i3] ^ t[i4] ^ t[i5] ^ t[i6] ^ t[i7]
        ^ t[j0] ^ t[j1] ^ t[j2] ^ t[j3] ^ t[j4] ^ t[j5] ^ t[j6] ^ t[j7];
    yl = t[i0 + 1] ^ t[i1 + 1] ^ t[i2 + 1] ^ t[i3 + 1] ^ t[i4 + 1] ^ t[i5 + 1] ^ t[i6 + 1] ^ t[i7 + 1]
        ^ t[j0 + 1] ^ t[j1 + 1] ^ t[j2 + 1] ^ t[j3 + 1] ^ t[j4 + 1] ^ t[j5 + 1] ^ t[j6 + 1] ^ t[j7 + 1];
  }

  /** Wipes the key-dependent table and state. */
  void destroy() {
    Arrays.fill(table, 0);
    Arrays.fill(pending, (byte) 0);
    yh = 0;
    yl = 0;
  }
}
