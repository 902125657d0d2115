// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto;

import org.mcxsec.crypto.sakke.SakkeEncapsulatedData;

/**
 * Encapsulates a shared secret value (SSV) to a receiver identity, so that only the holder of that identity's
 * receiver secret key can recover it (RFC 6508 SAKKE; in MCX the SSV is a GMK, PCK or CSK).
 *
 * <p>Security: the result depends only on the SSV, the identity and the KMS public key; a fresh random SSV per
 * call is the caller's responsibility. Implementations are thread-safe.
 */
public interface KeyEncapsulator {
  /**
   * Encapsulates {@code ssv} to {@code receiverId}.
   *
   * @param receiverId the receiver's identifier as octets (in MCX its 32-octet UID)
   * @param ssv the secret to transport
   * @throws IllegalArgumentException if the SSV or identifier has the wrong length for the scheme
   */
  SakkeEncapsulatedData encapsulate(Bytes receiverId, SecretBytes ssv);
}
