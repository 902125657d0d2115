// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;

/**
 * Signs I_MESSAGEs with one ECCSI key set (RFC 6507 §5.2.1; RFC 6509 §4.3): the initiator's SSK and PVT for the UID
 * of one key period.
 *
 * <p>Security: every call must draw a fresh ephemeral value.
 */
public interface MikeySigner {
  /** The identifier (TS 33.180: the 32-octet UID) the key set was issued for. */
  Bytes identifier();

  /** The 129-octet ECCSI signature r ‖ s ‖ PVT over {@code message}. */
  Bytes sign(Bytes message) throws KeyMaterialException;
}
