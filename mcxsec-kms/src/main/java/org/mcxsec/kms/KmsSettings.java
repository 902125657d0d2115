// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms;

import java.time.Duration;
import java.util.Objects;
import org.mcxsec.crypto.kdf.KeyPeriod;

/**
 * How a KMS community is run (configuration {@code kms: {uri, user-key-period, user-key-offset}}).
 *
 * @param kmsUri the security domain: the certificate's {@code KmsUri} and the UID's P2 (TS 33.180 F.2.1)
 * @param keyPeriod {@code UserKeyPeriod} and {@code UserKeyOffset}, in seconds
 * @param nextPeriodLead how long before a period ends key provisioning also returns the next period's key set
 * @param certificateValidity how long a newly created community's certificate is valid
 */
public record KmsSettings(String kmsUri, KeyPeriod keyPeriod, Duration nextPeriodLead,
    Duration certificateValidity) {
  /** The default key period: 30 days (2592000 s), offset 0. */
  public static final KeyPeriod DEFAULT_PERIOD = new KeyPeriod(2_592_000L, 0L);

  public KmsSettings {
    Objects.requireNonNull(kmsUri, "kmsUri");
    Objects.requireNonNull(keyPeriod, "keyPeriod");
    if (kmsUri.isBlank()) {
      throw new IllegalArgumentException("kms uri is empty");
    }
    if (nextPeriodLead.isNegative() || nextPeriodLead.getSeconds() > keyPeriod.periodSeconds()) {
      throw new IllegalArgumentException("next-period lead " + nextPeriodLead.getSeconds()
          + " s is outside [0, " + keyPeriod.periodSeconds() + "] s");
    }
    if (certificateValidity.isNegative() || certificateValidity.isZero()) {
      throw new IllegalArgumentException("certificate validity " + certificateValidity + " is not positive");
    }
  }

  /** Settings with the lead set to a quarter of the period, at most one day, and a 10-year certificate. */
  public static KmsSettings of(String kmsUri, KeyPeriod keyPeriod) {
    long lead = Math.min(keyPeriod.periodSeconds() / 4, Duration.ofDays(1).getSeconds());
    return new KmsSettings(kmsUri, keyPeriod, Duration.ofSeconds(lead), Duration.ofDays(3650));
  }
}
