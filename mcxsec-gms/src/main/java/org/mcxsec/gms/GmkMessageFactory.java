// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms;

import java.util.List;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;

/**
 * Builds the signed MIKEY-SAKKE I_MESSAGE that delivers one GMK to one member (TS 33.180 §5.7, E.2): GUK-ID as
 * CSB-ID, the GMK SAKKE-encapsulated to the member's UID, the key parameters (E.6), signed with the GMS's ECCSI
 * key. A port, so that the lifecycle and fan-out do not depend on the MIKEY implementation.
 *
 * <p>Thread safety: implementations must be safe to call from several threads at once (fan-out runs on all
 * cores).
 */
public interface GmkMessageFactory {
  /**
   * The I_MESSAGE for {@code memberUri}.
   *
   * @param key the 16-octet GMK
   * @param gmk its facts: GMK-ID, RAND (the same for every member), activation and expiry
   * @param groupIds the group IDs the key is bound to (E.6)
   */
  Bytes create(SecretBytes key, Gmk gmk, String memberUri, List<String> groupIds) throws KeyMaterialException;
}
