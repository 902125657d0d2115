// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC-SHA1 (RFC 2104) for the SRTP authentication tag (RFC 3711 §4.2.1), on two reused JDK SHA-1 digests (SHA
 * extensions on x86 through the JDK's intrinsics) so that a tag costs no allocation:
 *
 * <pre>
 *   HMAC(k, m) = SHA1((k XOR opad) || SHA1((k XOR ipad) || m))      k padded with zeros to 64 octets
 * </pre>
 *
 * <p>Usage per packet: {@link #update} the authenticated portion, then {@link #finish}.
 *
 * <p>Thread safety: not thread-safe.
 */
final class HmacSha1 {
  static final int BLOCK_OCTETS = 64;
  static final int HASH_OCTETS = 20;

  private final MessageDigest inner;
  private final MessageDigest outer;
  private final byte[] ipad = new byte[BLOCK_OCTETS];
  private final byte[] opad = new byte[BLOCK_OCTETS];
  private final byte[] hash = new byte[HASH_OCTETS];
  private final byte[] word = new byte[4];
  private boolean started;

  HmacSha1(byte[] key) {
    if (key.length > BLOCK_OCTETS) {
      throw new IllegalArgumentException("HMAC key has " + key.length + " octets; at most 64 are supported");
    }
    try {
      inner = MessageDigest.getInstance("SHA-1");
      outer = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is not available", e);
    }
    for (int i = 0; i < BLOCK_OCTETS; i++) {
      byte k = i < key.length ? key[i] : 0;
      ipad[i] = (byte) (k ^ 0x36);
      opad[i] = (byte) (k ^ 0x5c);
    }
  }

  /** Absorbs {@code b[off, off + len)}. */
  void update(byte[] b, int off, int len) {
    start();
    inner.update(b, off, len);
  }

  /** Absorbs a 32-bit big-endian value (the ROC of RFC 3711 §4.2). */
  void updateInt(int v) {
    start();
    word[0] = (byte) (v >>> 24);
    word[1] = (byte) (v >>> 16);
    word[2] = (byte) (v >>> 8);
    word[3] = (byte) v;
    inner.update(word, 0, 4);
  }

  /** Writes the first {@code len} octets of the MAC to {@code out} at {@code off} and resets. */
  void finish(byte[] out, int off, int len) {
    start();
    try {
      inner.digest(hash, 0, HASH_OCTETS);
      outer.update(opad, 0, BLOCK_OCTETS);
      outer.update(hash, 0, HASH_OCTETS);
      outer.digest(hash, 0, HASH_OCTETS);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-1 digest failed", e);
    }
    System.arraycopy(hash, 0, out, off, len);
    started = false;
  }

  private void start() {
    if (!started) {
      inner.update(ipad, 0, BLOCK_OCTETS);
      started = true;
    }
  }

  /** Wipes the padded keys and scratch space. */
  void destroy() {
    Arrays.fill(ipad, (byte) 0);
    Arrays.fill(opad, (byte) 0);
    Arrays.fill(hash, (byte) 0);
    inner.reset();
    outer.reset();
  }
}
