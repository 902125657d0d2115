// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.keyparams;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.payload.KeyParametersExtension;

/**
 * What a type-7 general extension holds, as far as can be told without the key: a TS 33.180 8.5.4 protected payload
 * (E.6.1), or something else — in practice the short unprotected form (14–21 octets) that older equipment sends
 * (TS 33.180 digest §11). Telling them apart never fails: the MIKEY message stays decodable either way.
 */
public sealed interface KeyParametersForm permits KeyParametersForm.Protected, KeyParametersForm.Legacy {
  /** The extension data in the 8.5.4 layout. */
  record Protected(ProtectedPayload payload) implements KeyParametersForm {}

  /**
   * Extension data that does not follow the 8.5.4 layout.
   *
   * @param data the octets as received
   * @param reason why they are not a protected payload
   */
  record Legacy(Bytes data, String reason) implements KeyParametersForm {}

  /** The form of {@code extension}'s data. */
  static KeyParametersForm of(KeyParametersExtension extension) {
    Bytes data = extension.data();
    try {
      return new Protected(ProtectedPayload.decode(data));
    } catch (MalformedMessageException e) {
      return new Legacy(data, e.getMessage() + "; not a TS 33.180 E.6 protected payload (legacy unprotected form)");
    }
  }
}
