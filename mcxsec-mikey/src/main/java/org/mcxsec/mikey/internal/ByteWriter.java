// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import java.util.Arrays;
import org.mcxsec.crypto.Bytes;

/**
 * A growable big-endian writer, the encoder's mirror of {@link ByteReader}. Values out of range for their field
 * are programmer errors ({@link IllegalArgumentException}): the value records validate their fields on
 * construction, so a valid record always encodes.
 *
 * <p>Thread safety: not thread-safe.
 */
public final class ByteWriter {
  private byte[] buf;
  private int size;

  public ByteWriter(int initialCapacity) {
    buf = new byte[Math.max(16, initialCapacity)];
  }

  public ByteWriter u8(int v) {
    check(v, 0xff, "octet");
    ensure(1);
    buf[size++] = (byte) v;
    return this;
  }

  public ByteWriter u16(int v) {
    check(v, 0xffff, "16-bit field");
    ensure(2);
    buf[size++] = (byte) (v >>> 8);
    buf[size++] = (byte) v;
    return this;
  }

  /** The 32 bits of {@code v} (an unsigned value held in an {@code int}). */
  public ByteWriter u32(int v) {
    ensure(4);
    buf[size++] = (byte) (v >>> 24);
    buf[size++] = (byte) (v >>> 16);
    buf[size++] = (byte) (v >>> 8);
    buf[size++] = (byte) v;
    return this;
  }

  /** The {@code n} low octets of {@code v}, big-endian. */
  public ByteWriter unsigned(long v, int n) {
    ensure(n);
    for (int i = n - 1; i >= 0; i--) {
      buf[size++] = (byte) (v >>> (8 * i));
    }
    return this;
  }

  public ByteWriter bytes(Bytes b) {
    ensure(b.size());
    b.copyTo(buf, size);
    size += b.size();
    return this;
  }

  /** Octets written so far. */
  public int size() {
    return size;
  }

  public Bytes toBytes() {
    return Bytes.copyOf(buf, 0, size);
  }

  private static void check(int v, int max, String what) {
    if (v < 0 || v > max) {
      throw new IllegalArgumentException("value " + v + " does not fit a " + what + " (0.." + max + ")");
    }
  }

  private void ensure(int n) {
    if (size + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
    }
  }
}
