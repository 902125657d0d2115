// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto;

import org.mcxsec.crypto.eccsi.EccsiSignature;

/**
 * Signs messages under an identity-based signing key (ECCSI, RFC 6507).
 *
 * <p>Security: every call draws fresh randomness; two signatures of the same message differ. There is no
 * init/update/final sequence and no caller-supplied nonce.
 */
public interface IdentitySigner {
  /**
   * Signs {@code message}.
   *
   * @throws KeyMaterialException if the signing key can no longer be used (it has been closed)
   */
  EccsiSignature sign(Bytes message) throws KeyMaterialException;
}
