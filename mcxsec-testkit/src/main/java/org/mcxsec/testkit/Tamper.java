// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.testkit;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Hostile-input generators for negative tests: every single-bit flip, every truncation. */
public final class Tamper {
  private Tamper() {}

  /** A copy of {@code data} with bit {@code bit} (0 = MSB of octet 0) flipped. */
  public static byte[] flipBit(byte[] data, int bit) {
    byte[] c = data.clone();
    c[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
    return c;
  }

  /** Every single-bit flip of {@code data[from, to)}, as (bit index, modified copy). */
  public static Stream<Flipped> everyBitFlip(byte[] data, int from, int to) {
    return IntStream.range(from * 8, to * 8).mapToObj(b -> new Flipped(b, flipBit(data, b)));
  }

  /** Every single-bit flip of {@code data}. */
  public static Stream<Flipped> everyBitFlip(byte[] data) {
    return everyBitFlip(data, 0, data.length);
  }

  /** Every proper prefix of {@code data}, from empty to one octet short. */
  public static Stream<byte[]> everyTruncation(byte[] data) {
    return IntStream.range(0, data.length).mapToObj(n -> Arrays.copyOf(data, n));
  }

  /** A modified copy and which bit was flipped. */
  public record Flipped(int bit, byte[] data) {
    @Override
    public String toString() {
      return "bit " + bit;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Flipped f && f.bit == bit && Arrays.equals(f.data, data);
    }

    @Override
    public int hashCode() {
      return bit * 31 + Arrays.hashCode(data);
    }
  }
}
