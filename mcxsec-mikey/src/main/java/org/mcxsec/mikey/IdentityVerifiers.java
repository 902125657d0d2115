// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.IdentityVerifier;
import org.mcxsec.crypto.KeyMaterialException;

/**
 * Finds the verifier for one signer under one KMS: how {@link IMessageOpener} reaches ECCSI (RFC 6507 §5.2.2).
 * {@link #eccsi()} is the implementation to use; the interface lets tests substitute a fast stand-in.
 */
@FunctionalInterface
public interface IdentityVerifiers {
  /**
   * The verifier of signatures by {@code signerId} under {@code kpak}.
   *
   * @throws KeyMaterialException if the KPAK is not a valid public key
   */
  IdentityVerifier forSigner(Bytes kpak, Bytes signerId) throws KeyMaterialException;

  /** ECCSI with P-256, keeping the per-KPAK and per-signer precomputation of the crypto module. */
  static IdentityVerifiers eccsi() {
    return new EccsiVerifiers();
  }
}
