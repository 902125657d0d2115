// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.McxException;

/** Verifies ECCSI signatures (RFC 6507 §5.2.2) under a KMS's KPAK. */
public interface MikeyVerifier {
  /**
   * Returns normally only if {@code signature} (r ‖ s ‖ PVT) is a valid ECCSI signature of {@code message} by
   * {@code signerId} under {@code kpak}.
   *
   * @throws McxException (a {@code VerificationFailedException} or {@code MalformedMessageException}) otherwise
   */
  void verify(Bytes kpak, Bytes signerId, Bytes message, Bytes signature) throws McxException;
}
