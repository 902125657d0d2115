// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * AES in Segmented Integer Counter mode (RFC 3711 §4.1.1), in place on caller buffers. The caller supplies the
 * 128-bit IV, whose low 16 bits are zero; block j of the key stream is {@code E(k_e, IV + j)}.
 *
 * <p>Thread safety: not thread-safe.
 */
final class AesCm {
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final int CHUNK_BLOCKS = 128;

  private final AesEcb aes;
  private final byte[] counters = new byte[CHUNK_BLOCKS * 16];
  private final byte[] keystream = new byte[CHUNK_BLOCKS * 16];

  AesCm(byte[] key) {
    aes = new AesEcb(key);
  }

  /** XORs the key stream for IV {@code ivHigh || ivLow} onto {@code b[off, off + len)} (len below 2^20). */
  void crypt(long ivHigh, long ivLow, byte[] b, int off, int len) {
    int done = 0;
    int counter = 0;
    while (done < len) {
      int n = Math.min(len - done, CHUNK_BLOCKS << 4);
      int blocks = (n + 15) >>> 4;
      for (int i = 0; i < blocks; i++) {
        LONG.set(counters, i << 4, ivHigh);
        LONG.set(counters, (i << 4) + 8, ivLow + counter + i);   // the low 16 bits of the IV are zero
      }
      aes.encrypt(counters, 0, blocks << 4, keystream, 0);
      Xor.into(b, off + done, keystream, 0, n);
      done += n;
      counter += blocks;
    }
  }

  /** The first {@code len} octets of key stream for IV {@code ivHigh || ivLow} (the AES-CM PRF, §4.3.3). */
  void keystream(long ivHigh, long ivLow, byte[] out, int off, int len) {
    Arrays.fill(out, off, off + len, (byte) 0);
    crypt(ivHigh, ivLow, out, off, len);
  }

  /** Wipes the key stream scratch buffer. */
  void destroy() {
    Arrays.fill(keystream, (byte) 0);
  }
}
