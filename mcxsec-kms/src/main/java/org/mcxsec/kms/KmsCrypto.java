// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms;

import java.security.SecureRandom;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;

/**
 * The identity-based cryptography the KMS needs (RFC 6507 ECCSI, RFC 6508 SAKKE), as a port so that the service,
 * its storage and its HTTP edge do not depend on how the schemes are implemented.
 *
 * <p>Thread safety: implementations are stateless and safe to share.
 */
public interface KmsCrypto {
  /** Fresh community secrets: a KSAK (RFC 6507 §4.2) and a SAKKE master secret z (RFC 6508 §2.2). */
  KmsCommunityKeys generate(SecureRandom random);

  /**
   * The community keys for stored secrets.
   *
   * @throws KeyMaterialException if a secret is out of range
   */
  KmsCommunityKeys restore(SecretBytes ksak, SecretBytes z) throws KeyMaterialException;
}
