// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto;

import org.mcxsec.crypto.eccsi.EccsiSignature;

/**
 * Verifies identity-based signatures (ECCSI, RFC 6507) made by one signer identity under one KMS public key.
 *
 * <p>There is no boolean result to forget: {@link #verify} returns normally only for a valid signature.
 */
public interface IdentityVerifier {
  /**
   * Returns normally if {@code signature} is a valid signature of {@code message}.
   *
   * @throws VerificationFailedException naming the check that failed
   */
  void verify(Bytes message, EccsiSignature signature) throws VerificationFailedException;
}
