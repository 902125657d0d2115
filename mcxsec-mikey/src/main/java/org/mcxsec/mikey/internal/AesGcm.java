// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/**
 * AES-GCM with a 16-octet tag through the JDK, for the key-parameters payload (TS 33.180 8.5.4). A 16-octet IV is
 * valid for GCM (J0 derived with GHASH). The raw key octets exist only inside one call and are wiped.
 */
public final class AesGcm {
  private static final int TAG_BITS = 128;

  private AesGcm() {}

  /** Ciphertext ‖ tag of {@code plaintext}. */
  public static byte[] seal(SecretBytes key, Bytes iv, Bytes aad, byte[] plaintext) {
    try {
      return run(Cipher.ENCRYPT_MODE, key, iv, aad, plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM/NoPadding is not available", e);
    }
  }

  /**
   * The plaintext of ciphertext ‖ tag.
   *
   * @throws AEADBadTagException if the tag does not verify
   */
  public static byte[] open(SecretBytes key, Bytes iv, Bytes aad, byte[] ciphertextAndTag)
      throws AEADBadTagException {
    try {
      return run(Cipher.DECRYPT_MODE, key, iv, aad, ciphertextAndTag);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM/NoPadding is not available", e);
    }
  }

  private static byte[] run(int mode, SecretBytes key, Bytes iv, Bytes aad, byte[] input)
      throws GeneralSecurityException {
    byte[] k = key.toByteArray(InsecureSecretAccess.get());
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(mode, new SecretKeySpec(k, "AES"), new GCMParameterSpec(TAG_BITS, iv.toByteArray()));
      c.updateAAD(aad.toByteArray());
      return c.doFinal(input);
    } finally {
      Arrays.fill(k, (byte) 0);
    }
  }
}
