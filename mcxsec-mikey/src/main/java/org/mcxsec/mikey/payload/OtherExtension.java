// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;

/**
 * A general extension of any type other than 6 and 7 (for example RFC 3830's 0 "Vendor ID" or 1 "SDP IDs"), kept
 * as octets. Types 6 and 7 always decode to {@link SakkeToSelfExtension} and {@link KeyParametersExtension}, so each
 * message has exactly one representation.
 */
public record OtherExtension(int extensionType, Bytes data) implements GeneralExtensionPayload {
  public OtherExtension {
    Objects.requireNonNull(data, "data");
    if (extensionType < 0 || extensionType > 0xff) {
      throw new IllegalArgumentException("extension type " + extensionType + " does not fit one octet");
    }
    if (extensionType == SAKKE_TO_SELF || extensionType == KEY_PARAMETERS) {
      throw new IllegalArgumentException("extension type " + extensionType + " has its own record");
    }
    if (data.size() > MAX_DATA_OCTETS) {
      throw new IllegalArgumentException("extension data of " + data.size() + " octets exceeds 65535");
    }
  }
}
