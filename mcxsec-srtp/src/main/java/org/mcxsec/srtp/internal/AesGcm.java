// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * AES-128-GCM with a 96-bit IV and a 128-bit tag (NIST SP 800-38D) working in place on caller buffers, as
 * RFC 7714 uses it: the AAD is a run of the buffer optionally followed by one 32-bit word (the SRTCP
 * {@code E || index}), the plaintext another run. Counter blocks are encrypted in bulk with one reused AES cipher.
 *
 * <pre>
 *   J0 = IV || 0x00000001        tag = GHASH_H(A, C) XOR E(K, J0)
 *   C  = P XOR E(K, J0 + 1) || E(K, J0 + 2) || ...   (32-bit counter increment)
 * </pre>
 *
 * <p>{@link #open} verifies the tag before it writes anything, so a rejected packet leaves the buffer unchanged.
 * Thread safety: not thread-safe.
 */
final class AesGcm {
  static final int TAG_OCTETS = 16;
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  /** Counter blocks encrypted per AES call. */
  private static final int CHUNK_BLOCKS = 128;

  private final AesEcb aes;
  private final Ghash ghash;
  private final byte[] counters = new byte[CHUNK_BLOCKS * 16];
  private final byte[] keystream = new byte[CHUNK_BLOCKS * 16];
  private final byte[] expectedTag = new byte[TAG_OCTETS];
  private final byte[] receivedTag = new byte[TAG_OCTETS];
  private long tagMaskHigh;
  private long tagMaskLow;

  AesGcm(byte[] key) {
    aes = new AesEcb(key);
    byte[] h = new byte[16];
    aes.encrypt(h, 0, 16, h, 0);                     // H = E(K, 0^128)
    ghash = new Ghash(h);
    Arrays.fill(h, (byte) 0);
  }

  /**
   * Encrypts {@code b[ptOff, ptOff + ptLen)} in place and writes the 16-octet tag at {@code tagOff}. The AAD is
   * {@code b[aadOff, aadOff + aadLen)}, followed by {@code aadWord} when {@code withAadWord}.
   */
  void seal(long ivHigh, int ivLow, byte[] b, int aadOff, int aadLen, boolean withAadWord, int aadWord,
      int ptOff, int ptLen, int tagOff) {
    crypt(ivHigh, ivLow, b, ptOff, ptLen, true);
    hash(b, aadOff, aadLen, withAadWord, aadWord, ptOff, ptLen);
    LONG.set(b, tagOff, ghash.high() ^ tagMaskHigh);
    LONG.set(b, tagOff + 8, ghash.low() ^ tagMaskLow);
  }

  /**
   * Verifies the tag at {@code tagOff} over the AAD and {@code b[ctOff, ctOff + ctLen)}, then decrypts in place.
   *
   * @return false, with the buffer unchanged, if the tag does not verify
   */
  boolean open(long ivHigh, int ivLow, byte[] b, int aadOff, int aadLen, boolean withAadWord, int aadWord,
      int ctOff, int ctLen, int tagOff) {
    hash(b, aadOff, aadLen, withAadWord, aadWord, ctOff, ctLen);
    firstChunk(ivHigh, ivLow, ctLen);
    LONG.set(expectedTag, 0, ghash.high() ^ tagMaskHigh);
    LONG.set(expectedTag, 8, ghash.low() ^ tagMaskLow);
    System.arraycopy(b, tagOff, receivedTag, 0, TAG_OCTETS);
    if (!MessageDigest.isEqual(expectedTag, receivedTag)) {      // RFC 7714 §8.2: reject before decrypting
      return false;
    }
    crypt(ivHigh, ivLow, b, ctOff, ctLen, false);
    return true;
  }

  private void hash(byte[] b, int aadOff, int aadLen, boolean withAadWord, int aadWord, int ctOff, int ctLen) {
    ghash.reset();
    ghash.update(b, aadOff, aadLen);
    if (withAadWord) {
      ghash.updateInt(aadWord);
    }
    ghash.padBlock();
    ghash.update(b, ctOff, ctLen);
    ghash.lengths(aadLen + (withAadWord ? 4 : 0), ctLen);
  }

  /**
   * Encrypts the counter blocks J0, J0 + 1, ... of the first chunk; keeps E(K, J0) as the tag mask.
   *
   * @return the number of data octets the first chunk covers
   */
  private int firstChunk(long ivHigh, int ivLow, int len) {
    int blocks = Math.min(CHUNK_BLOCKS, 1 + ((len + 15) >>> 4));
    fillCounters(ivHigh, ivLow, 1, blocks);
    aes.encrypt(counters, 0, blocks << 4, keystream, 0);
    tagMaskHigh = (long) LONG.get(keystream, 0);
    tagMaskLow = (long) LONG.get(keystream, 8);
    return Math.min(len, (blocks - 1) << 4);
  }

  /** XORs the key stream onto {@code b[off, off + len)}; {@code fresh} when the first chunk is not yet computed. */
  private void crypt(long ivHigh, int ivLow, byte[] b, int off, int len, boolean fresh) {
    int done = fresh ? firstChunk(ivHigh, ivLow, len) : Math.min(len, (CHUNK_BLOCKS - 1) << 4);
    Xor.into(b, off, keystream, 16, done);
    int counter = 1 + CHUNK_BLOCKS;                  // next counter value after the first chunk
    while (done < len) {
      int n = Math.min(len - done, CHUNK_BLOCKS << 4);
      int blocks = (n + 15) >>> 4;
      fillCounters(ivHigh, ivLow, counter, blocks);
      aes.encrypt(counters, 0, blocks << 4, keystream, 0);
      Xor.into(b, off + done, keystream, 0, n);
      done += n;
      counter += blocks;
    }
  }

  private void fillCounters(long ivHigh, int ivLow, int first, int blocks) {
    byte[] c = counters;
    for (int i = 0; i < blocks; i++) {
      int o = i << 4;
      LONG.set(c, o, ivHigh);
      INT.set(c, o + 8, ivLow);
      INT.set(c, o + 12, first + i);
    }
  }

  /** Wipes key-dependent tables and scratch buffers. */
  void destroy() {
    ghash.destroy();
    Arrays.fill(keystream, (byte) 0);
    Arrays.fill(expectedTag, (byte) 0);
    tagMaskHigh = 0;
    tagMaskLow = 0;
  }
}
