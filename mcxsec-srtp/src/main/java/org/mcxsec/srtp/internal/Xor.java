// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** XOR of a key stream onto a buffer, eight octets at a time. */
final class Xor {
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Xor() {}

  /** {@code b[off, off + len) ^= ks[ksOff, ksOff + len)}. */
  static void into(byte[] b, int off, byte[] ks, int ksOff, int len) {
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      LONG.set(b, off + i, (long) LONG.get(b, off + i) ^ (long) LONG.get(ks, ksOff + i));
    }
    for (; i < len; i++) {
      b[off + i] ^= ks[ksOff + i];
    }
  }
}
