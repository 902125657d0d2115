// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;

/**
 * A packet inside a caller-owned array: {@code array[offset, offset + length)}. Protect and unprotect work in
 * place and change {@link #length()}; protect needs {@code overhead} octets of room after the packet. Reusing
 * one buffer per stream keeps the media path free of allocation.
 *
 * <p>Thread safety: mutable, confine to one thread.
 */
public final class PacketBuffer {
  private byte[] array;
  private int offset;
  private int length;

  public PacketBuffer(byte[] array, int offset, int length) {
    set(array, offset, length);
  }

  /** A buffer over all of {@code array}. */
  public static PacketBuffer wrap(byte[] array) {
    return new PacketBuffer(array, 0, array.length);
  }

  /** A fresh buffer holding a copy of {@code packet} with {@code room} spare octets after it. */
  public static PacketBuffer copyOf(Bytes packet, int room) {
    if (room < 0) {
      throw new IllegalArgumentException("room " + room + " is negative");
    }
    byte[] a = new byte[Math.addExact(packet.size(), room)];
    packet.copyTo(a, 0);
    return new PacketBuffer(a, 0, packet.size());
  }

  /** Points this buffer at {@code array[offset, offset + length)}. */
  public void set(byte[] array, int offset, int length) {
    Objects.requireNonNull(array, "array");
    Objects.checkFromIndexSize(offset, length, array.length);
    this.array = array;
    this.offset = offset;
    this.length = length;
  }

  /** Changes the packet length, keeping the array and offset. */
  public void setLength(int length) {
    Objects.checkFromIndexSize(offset, length, array.length);
    this.length = length;
  }

  public byte[] array() {
    return array;
  }

  public int offset() {
    return offset;
  }

  public int length() {
    return length;
  }

  /** Octets available after the packet. */
  public int room() {
    return array.length - offset - length;
  }

  /** A copy of the packet octets. */
  public Bytes toBytes() {
    return Bytes.copyOf(array, offset, length);
  }

  @Override
  public String toString() {
    return "PacketBuffer[offset=" + offset + ", length=" + length + ", room=" + room() + "]";
  }
}
