// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms;

import java.time.Duration;

/**
 * When GMKs are made and replaced: each lives {@code lifetime} from its activation; a successor is created
 * {@code rolloverLead} before the newest live GMK expires, active from that GMK's expiry minus half the lead, so
 * both are held for a while and a call crossing the change keeps working (the MKI names the key per packet).
 */
public record GmkPolicy(Duration lifetime, Duration rolloverLead) {
  public GmkPolicy {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("GMK lifetime " + lifetime + " is not positive");
    }
    if (rolloverLead.isNegative() || rolloverLead.compareTo(lifetime) >= 0) {
      throw new IllegalArgumentException("rollover lead " + rolloverLead + " is outside [0, lifetime)");
    }
  }

  /** 30 days, rolled over one day ahead. */
  public static GmkPolicy defaults() {
    return new GmkPolicy(Duration.ofDays(30), Duration.ofDays(1));
  }
}
