// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.internal;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-128 block encryption through one reused JDK {@code AES/ECB/NoPadding} cipher (AES-NI on x86 through the
 * JDK's intrinsics). It only ever encrypts counter blocks: the counter modes of RFC 3711 §4.1.1 and RFC 7714 are
 * built on top, so no per-packet {@code Cipher.init} and no allocation is needed.
 *
 * <p>Security: the JDK cipher keeps its own expanded key, which cannot be wiped. Thread safety: not thread-safe.
 */
final class AesEcb {
  private final Cipher cipher;

  AesEcb(byte[] key) {
    if (key.length != 16) {
      throw new IllegalArgumentException("AES key has " + key.length + " octets; expected 16");
    }
    try {
      cipher = Cipher.getInstance("AES/ECB/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/ECB/NoPadding is not available", e);
    }
  }

  /** Encrypts {@code len} octets (a multiple of 16) of {@code in} into {@code out}. */
  void encrypt(byte[] in, int inOff, int len, byte[] out, int outOff) {
    try {
      cipher.update(in, inOff, len, out, outOff);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES block encryption failed on " + len + " octets", e);
    }
  }
}
