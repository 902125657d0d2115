// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms;

import java.time.Instant;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;

/**
 * The public facts of one GMK (TS 33.180 §5.7, E.6): its group, GMK-ID (purpose tag 0 in the top 4 bits, 28
 * random bits), the RAND every member receives with it, activation and expiry times, and revocation. The key
 * itself stays sealed in the store.
 */
public record Gmk(String groupId, int gmkId, Bytes rand, Instant activation, Instant expiry, boolean revoked) {
  public Gmk {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(rand, "rand");
    Objects.requireNonNull(activation, "activation");
    Objects.requireNonNull(expiry, "expiry");
  }

  /** Not revoked and not yet expired at {@code now} (it may still be before its activation). */
  public boolean isLive(Instant now) {
    return !revoked && expiry.isAfter(now);
  }

  /** The GMK-ID as 8 lower-case hex digits. */
  public String gmkIdHex() {
    return String.format("%08x", gmkId);
  }
}
