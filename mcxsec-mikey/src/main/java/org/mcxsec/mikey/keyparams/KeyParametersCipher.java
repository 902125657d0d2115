// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.keyparams;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.crypto.kdf.Dpck;

/**
 * Protects and unprotects the key parameters (TS 33.180 E.6.1, 8.5.4): AES-128-GCM under
 * {@code DPCK = KDF(key, 0x53, DPPK-ID)} (F.1.5), a fresh 16-octet IV, additional data = protected payload octets
 * 0..31, 16-octet tag. The key is the one the MIKEY message distributes (GMK, PCK, CSK, …) and the DPPK-ID is the
 * message's CSB ID.
 *
 * <p>Security: a fresh IV is drawn for every call; the DPCK is wiped after use. Unprotecting authenticates before
 * anything is parsed.
 *
 * <p>Thread safety: safe to share if the {@link SecureRandom} is.
 */
public final class KeyParametersCipher {
  /** Message type sent (the value of the real messages checked; 0x40 is also seen). */
  public static final int MESSAGE_TYPE = 0x43;

  private final SecureRandom random;

  public KeyParametersCipher(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Protects {@code parameters} with {@code key} for the message whose CSB ID is {@code dppkId}.
   *
   * @param dateTime the protected payload's date and time: seconds since 1970 UTC (40 bits)
   */
  public ProtectedPayload protect(KeyParameters parameters, SecretBytes key, int dppkId, long dateTime) {
    byte[] iv = new byte[ProtectedPayload.IV_OCTETS];
    random.nextBytes(iv);
    // TS 33.180 E.6.1: payload ID and sequence number 0; 8.5.4: payload type 0, algorithm AEAD_AES_128_GCM
    ProtectedPayload header = new ProtectedPayload(MESSAGE_TYPE, dateTime, 0, 0, ProtectedPayload.AEAD_AES_128_GCM,
        Bytes.copyOf(iv), dppkId, 0, Bytes.copyOf(new byte[ProtectedPayload.TAG_OCTETS]));
    byte[] out = gcm(Cipher.ENCRYPT_MODE, key, header, parameters.encode().toByteArray());
    return new ProtectedPayload(header.messageType(), dateTime, 0, 0, header.payloadAlgorithm(), header.iv(), dppkId,
        0, Bytes.copyOf(out));
  }

  /**
   * Authenticates and decrypts {@code payload} with {@code key}, then parses the key parameters.
   *
   * @param csbId the CSB ID of the enclosing MIKEY message, which must equal the DPPK-ID (E.6.1)
   * @throws MalformedMessageException if the DPPK-ID or algorithm is wrong or the plaintext does not parse
   * @throws VerificationFailedException if the GCM tag does not verify
   */
  public static KeyParameters unprotect(ProtectedPayload payload, SecretBytes key, int csbId)
      throws MalformedMessageException, VerificationFailedException {
    if (payload.dppkId() != csbId) { // TS 33.180 E.6.1: DPPK-ID = CSB ID
      throw new MalformedMessageException(String.format("key parameters: DPPK-ID %08x does not equal the CSB ID "
          + "%08x (TS 33.180 E.6.1)", payload.dppkId(), csbId));
    }
    if (payload.payloadAlgorithm() != ProtectedPayload.AEAD_AES_128_GCM) {
      throw new MalformedMessageException("key parameters: payload algorithm " + payload.payloadAlgorithm()
          + " is not supported; expected 1 (AEAD_AES_128_GCM)");
    }
    byte[] plain;
    try {
      plain = gcmDecrypt(key, payload);
    } catch (AEADBadTagException e) {
      throw new VerificationFailedException("key parameters: AES-128-GCM tag does not verify under the DPCK");
    }
    try {
      return KeyParameters.decode(Bytes.copyOf(plain));
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  private static byte[] gcmDecrypt(SecretBytes key, ProtectedPayload payload) throws AEADBadTagException {
    try {
      return gcmOrThrow(Cipher.DECRYPT_MODE, key, payload, payload.ciphertext().toByteArray());
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM/NoPadding is not available", e);
    }
  }

  private static byte[] gcm(int mode, SecretBytes key, ProtectedPayload header, byte[] input) {
    try {
      return gcmOrThrow(mode, key, header, input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM/NoPadding is not available", e);
    }
  }

  private static byte[] gcmOrThrow(int mode, SecretBytes key, ProtectedPayload header, byte[] input)
      throws GeneralSecurityException {
    try (SecretBytes dpck = Dpck.derive(key, header.dppkId())) {
      byte[] k = dpck.toByteArray(InsecureSecretAccess.get());
      try {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(k, "AES"),
            new GCMParameterSpec(8 * ProtectedPayload.TAG_OCTETS, header.iv().toByteArray()));
        c.updateAAD(header.aad().toByteArray());
        return c.doFinal(input);
      } finally {
        Arrays.fill(k, (byte) 0);
      }
    }
  }
}
