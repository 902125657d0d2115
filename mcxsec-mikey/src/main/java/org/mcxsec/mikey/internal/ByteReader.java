// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;

/**
 * A bounded big-endian reader over part of a message. It never reads past its limit: every read first checks the
 * octets remaining and fails with a {@link MalformedMessageException} naming the structure being read, the field,
 * its absolute offset and the shortfall. Offsets are absolute within the outermost message, also in slices.
 *
 * <p>Thread safety: not thread-safe; one reader per decode.
 */
public final class ByteReader {
  private final byte[] buf;
  private final int limit;
  private int pos;
  private String context;

  private ByteReader(byte[] buf, int pos, int limit, String context) {
    this.buf = buf;
    this.pos = pos;
    this.limit = limit;
    this.context = context;
  }

  /** A reader over all of {@code data}, whose errors start with {@code context}. */
  public static ByteReader of(Bytes data, String context) {
    return new ByteReader(data.toByteArray(), 0, data.size(), context);
  }

  /** Names the structure being read; error messages start with it (e.g. "SAKKE payload at offset 202"). */
  public void context(String structure) {
    this.context = structure;
  }

  public String context() {
    return context;
  }

  /** The absolute offset of the next octet. */
  public int offset() {
    return pos;
  }

  public int remaining() {
    return limit - pos;
  }

  public boolean hasRemaining() {
    return pos < limit;
  }

  /** One unsigned octet. */
  public int u8(String field) throws MalformedMessageException {
    need(1, field);
    return buf[pos++] & 0xff;
  }

  /** Two octets, big-endian, unsigned. */
  public int u16(String field) throws MalformedMessageException {
    need(2, field);
    int v = (buf[pos] & 0xff) << 8 | (buf[pos + 1] & 0xff);
    pos += 2;
    return v;
  }

  /** Four octets, big-endian, as the bits of an {@code int} (an unsigned 32-bit value). */
  public int u32(String field) throws MalformedMessageException {
    need(4, field);
    int v = (buf[pos] & 0xff) << 24 | (buf[pos + 1] & 0xff) << 16 | (buf[pos + 2] & 0xff) << 8 | (buf[pos + 3] & 0xff);
    pos += 4;
    return v;
  }

  /** {@code n} octets (n ≤ 8), big-endian, as the bits of a {@code long}. */
  public long unsigned(int n, String field) throws MalformedMessageException {
    if (n < 1 || n > 8) {
      throw new IllegalArgumentException("cannot read a " + n + "-octet integer");
    }
    need(n, field);
    long v = 0;
    for (int i = 0; i < n; i++) {
      v = v << 8 | (buf[pos++] & 0xff);
    }
    return v;
  }

  /**
   * {@code n} octets announced by a length field: fails before allocating when fewer remain.
   *
   * @param field the name of the value whose length was announced, e.g. "SAKKE data"
   */
  public Bytes bytes(int n, String field) throws MalformedMessageException {
    checkLength(n, field);
    Bytes b = Bytes.copyOf(buf, pos, n);
    pos += n;
    return b;
  }

  /** A reader over the next {@code n} octets, which this reader skips; the slice cannot read past them. */
  public ByteReader slice(int n, String field) throws MalformedMessageException {
    checkLength(n, field);
    ByteReader s = new ByteReader(buf, pos, pos + n, context);
    pos += n;
    return s;
  }

  /** Fails unless every octet has been read: {@code what} names the enclosing field. */
  public void requireEnd(String what) throws MalformedMessageException {
    if (pos != limit) {
      throw new MalformedMessageException(context + ": " + (limit - pos) + " unexpected octets after " + what
          + " at offset " + pos);
    }
  }

  /** A decode failure at the current offset, with the current context. */
  public MalformedMessageException error(String detail) {
    return new MalformedMessageException(context + ": " + detail);
  }

  private void checkLength(int n, String field) throws MalformedMessageException {
    if (n < 0 || n > limit - pos) {
      throw new MalformedMessageException(context + ": " + field + " length " + n + " exceeds the "
          + (limit - pos) + " octets remaining at offset " + pos);
    }
  }

  private void need(int n, String field) throws MalformedMessageException {
    if (limit - pos < n) {
      throw new MalformedMessageException(context + ": " + field + " needs " + n + (n == 1 ? " octet" : " octets")
          + " at offset " + pos + ", " + (limit - pos) + " remaining");
    }
  }
}
