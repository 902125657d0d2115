// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;

/**
 * General extension type 7, 3GPP key parameters (TS 33.180 E.6). The data is kept as octets: it is normally a
 * TS 33.180 8.5.4 protected payload that only the key holder can decrypt (see
 * {@code org.mcxsec.mikey.keyparams.KeyParametersForm}), and older equipment sends a short unprotected form.
 */
public record KeyParametersExtension(Bytes data) implements GeneralExtensionPayload {
  public KeyParametersExtension {
    Objects.requireNonNull(data, "data");
    if (data.size() > MAX_DATA_OCTETS) {
      throw new IllegalArgumentException("key parameters of " + data.size() + " octets exceed 65535");
    }
  }

  @Override
  public int extensionType() {
    return KEY_PARAMETERS;
  }
}
