// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;

/**
 * The RAND payload (RFC 3830 §6.11): {@code next (8) | RAND len (8) | RAND}. The RAND enters every key derived from
 * the TGK, so a receiver stores it with the key (TS 33.180 §7.4.2). MCX messages carry 16 octets.
 */
public record RandPayload(Bytes rand) implements MikeyPayload {
  public RandPayload {
    Objects.requireNonNull(rand, "rand");
    if (rand.size() > 0xff) {
      throw new IllegalArgumentException("RAND of " + rand.size() + " octets does not fit RAND len (at most 255)");
    }
  }

  @Override
  public PayloadType type() {
    return PayloadType.RAND;
  }
}
