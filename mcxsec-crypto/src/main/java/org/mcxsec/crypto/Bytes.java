// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable octet string with content equality and a lower-case hex {@code toString}.
 *
 * <p>Public value types (records) carry {@code Bytes}, never {@code byte[]}: a record's {@code equals} would
 * compare array references and its {@code toString} would print {@code [B@…}. Secret material uses
 * {@link SecretBytes} instead, which never prints its content.
 *
 * <p>Thread safety: immutable, safe to share.
 */
public final class Bytes implements Comparable<Bytes> {
  private static final HexFormat HEX = HexFormat.of();
  private static final Bytes EMPTY = new Bytes(new byte[0]);

  private final byte[] data;

  private Bytes(byte[] data) {
    this.data = data;
  }

  /** Copies {@code data}. */
  public static Bytes copyOf(byte[] data) {
    return new Bytes(data.clone());
  }

  /** Copies {@code length} octets of {@code data} from {@code offset}. */
  public static Bytes copyOf(byte[] data, int offset, int length) {
    return new Bytes(Arrays.copyOfRange(data, offset, Math.addExact(offset, length)));
  }

  /** The empty octet string. */
  public static Bytes empty() {
    return EMPTY;
  }

  /**
   * Parses hex (upper or lower case, no separators).
   *
   * @throws IllegalArgumentException naming the offending character or an odd length
   */
  public static Bytes fromHex(String hex) {
    if (hex.length() % 2 != 0) {
      throw new IllegalArgumentException("hex string has odd length " + hex.length());
    }
    for (int i = 0; i < hex.length(); i++) {
      if (Character.digit(hex.charAt(i), 16) < 0) {
        throw new IllegalArgumentException("hex string has a non-hex character '" + hex.charAt(i) + "' at index " + i);
      }
    }
    return new Bytes(HEX.parseHex(hex));
  }

  /** Concatenates the given octet strings. */
  public static Bytes concat(Bytes... parts) {
    int n = 0;
    for (Bytes p : parts) {
      n = Math.addExact(n, p.data.length);
    }
    byte[] out = new byte[n];
    int o = 0;
    for (Bytes p : parts) {
      System.arraycopy(p.data, 0, out, o, p.data.length);
      o += p.data.length;
    }
    return new Bytes(out);
  }

  public int size() {
    return data.length;
  }

  public boolean isEmpty() {
    return data.length == 0;
  }

  /** The octet at {@code index}, as an unsigned value 0..255. */
  public int get(int index) {
    return data[index] & 0xff;
  }

  /** A fresh copy of the content. */
  public byte[] toByteArray() {
    return data.clone();
  }

  /** Copies the content into {@code dest} at {@code offset}. */
  public void copyTo(byte[] dest, int offset) {
    System.arraycopy(data, 0, dest, offset, data.length);
  }

  /** The sub-string {@code [from, to)}. */
  public Bytes slice(int from, int to) {
    return new Bytes(Arrays.copyOfRange(data, from, to));
  }

  /** Lower-case hex without separators. */
  public String toHex() {
    return HEX.formatHex(data);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes b && Arrays.equals(data, b.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }

  @Override
  public int compareTo(Bytes o) {
    return Arrays.compareUnsigned(data, o.data);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
