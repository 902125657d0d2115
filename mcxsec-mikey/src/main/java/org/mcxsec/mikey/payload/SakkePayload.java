// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;

/**
 * The SAKKE payload (RFC 6509 §4.2):
 * {@code next (8) | SAKKE params (8) | ID scheme (8) | SAKKE data length (16) | SAKKE data}. The data is the RFC 6508
 * encapsulated data R ‖ H (273 octets for parameter set 1), kept as octets; the SAKKE primitive parses it.
 */
public record SakkePayload(SakkeParams params, SakkeIdScheme idScheme, Bytes data) implements MikeyPayload {
  public SakkePayload {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(idScheme, "idScheme");
    Objects.requireNonNull(data, "data");
    if (data.size() > 0xffff) {
      throw new IllegalArgumentException("SAKKE data of " + data.size() + " octets exceeds 65535");
    }
  }

  @Override
  public PayloadType type() {
    return PayloadType.SAKKE;
  }
}
