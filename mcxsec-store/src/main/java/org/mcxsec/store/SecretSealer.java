// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.store;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;

/**
 * Seals secrets for storage with AES-256-GCM under the {@link KeyEncryptionKey}, binding each value to its
 * {@link RowIdentity} as associated data.
 *
 * <pre>
 *   sealed = 0x01 (format) ‖ nonce (12 random octets) ‖ ciphertext ‖ tag (16 octets)
 * </pre>
 *
 * <p>Thread safety: safe to share; a cipher is created per call.
 */
public final class SecretSealer {
  private static final int FORMAT = 0x01;
  private static final int NONCE = 12;
  private static final int TAG = 16;

  private final KeyEncryptionKey kek;
  private final SecureRandom random;

  public SecretSealer(KeyEncryptionKey kek, SecureRandom random) {
    this.kek = kek;
    this.random = random;
  }

  /** Seals {@code secret} for the row {@code where}. */
  public Bytes seal(SecretBytes secret, RowIdentity where) {
    byte[] nonce = new byte[NONCE];
    random.nextBytes(nonce);
    byte[] plain = secret.toByteArray(InsecureSecretAccess.get());
    try {
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      gcm.init(Cipher.ENCRYPT_MODE, kek.aesKey(), new GCMParameterSpec(8 * TAG, nonce));
      gcm.updateAAD(where.associatedData().toByteArray());
      byte[] ct = gcm.doFinal(plain);
      byte[] out = new byte[1 + NONCE + ct.length];
      out[0] = FORMAT;
      System.arraycopy(nonce, 0, out, 1, NONCE);
      System.arraycopy(ct, 0, out, 1 + NONCE, ct.length);
      return Bytes.copyOf(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /**
   * Opens a value sealed for {@code where}.
   *
   * @throws KeyMaterialException if the format is unknown, the value is too short, or it does not authenticate
   *     (another KEK, another row, or a tampered value)
   */
  public SecretBytes open(Bytes sealed, RowIdentity where) throws KeyMaterialException {
    if (sealed.size() < 1 + NONCE + TAG) {
      throw new KeyMaterialException("sealed " + where + " has " + sealed.size() + " octets, expected at least "
          + (1 + NONCE + TAG));
    }
    if (sealed.get(0) != FORMAT) {
      throw new KeyMaterialException("sealed " + where + " has format " + sealed.get(0) + ", expected " + FORMAT);
    }
    byte[] all = sealed.toByteArray();
    try {
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      gcm.init(Cipher.DECRYPT_MODE, kek.aesKey(), new GCMParameterSpec(8 * TAG, all, 1, NONCE));
      gcm.updateAAD(where.associatedData().toByteArray());
      return SecretBytes.wrap(gcm.doFinal(all, 1 + NONCE, all.length - 1 - NONCE), InsecureSecretAccess.get());
    } catch (AEADBadTagException e) {
      throw new KeyMaterialException("sealed " + where + " does not open under the configured key-encryption key"
          + " (another key, another row, or a modified value)");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }
}
