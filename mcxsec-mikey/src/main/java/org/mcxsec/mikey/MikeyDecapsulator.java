// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;

/**
 * Decapsulates SAKKE data (RFC 6508 §6.2.2) with one receiver secret key (RSK). The RSK was issued for one
 * identifier; decapsulating under any other identifier fails the R check, so trying a wrong one is safe.
 */
public interface MikeyDecapsulator {
  /**
   * The SSV of {@code sakkeData} (R ‖ H) encapsulated to {@code receiverId}.
   *
   * @throws McxException (a {@code VerificationFailedException} when the RFC 6508 R check fails, a
   *     {@code MalformedMessageException} when the data does not parse)
   */
  SecretBytes decapsulate(Bytes receiverId, Bytes sakkeData) throws McxException;
}
