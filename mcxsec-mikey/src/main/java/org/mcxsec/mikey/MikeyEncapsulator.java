// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;

/** Encapsulates a key to an identifier with SAKKE (RFC 6508 §6.2.1, parameter set 1). */
public interface MikeyEncapsulator {
  /** The encapsulated data R ‖ H (273 octets) of {@code ssv} for {@code receiverId} under the KMS key {@code zPub}. */
  Bytes encapsulate(Bytes zPub, Bytes receiverId, SecretBytes ssv) throws KeyMaterialException;
}
