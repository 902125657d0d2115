// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto;

import org.mcxsec.crypto.sakke.SakkeEncapsulatedData;

/**
 * Recovers a shared secret value encapsulated to this receiver's identity (RFC 6508 SAKKE), or refuses it.
 *
 * <p>Security: a value that was not encapsulated to this receiver by the rules of the scheme is rejected as a
 * whole; no partial or unverified secret is ever returned. Implementations are thread-safe.
 */
public interface KeyDecapsulator {
  /**
   * Decapsulates {@code sed}.
   *
   * @return the shared secret value; the caller owns it and should destroy it after use
   * @throws VerificationFailedException if the encapsulated data was not made for this receiver or was modified
   */
  SecretBytes decapsulate(SakkeEncapsulatedData sed) throws VerificationFailedException;
}
