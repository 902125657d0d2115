// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.mikey.IMessageOpener;
import org.mcxsec.mikey.KeyType;
import org.mcxsec.mikey.OpenedKey;
import org.mcxsec.mikey.keyparams.KeyParameters;

/**
 * Turns GKTPs (each one the member's own MIKEY-SAKKE I_MESSAGE, TS 24.481 {@code <GKTP>}) into GMK table
 * entries: every message is opened and verified by the MIKEY module first (signature, recipient, freshness,
 * replay, decapsulation, GUK-ID, key parameters: TS 33.180 §5.2.6), and nothing reaches the table otherwise.
 *
 * <p>The entry takes its group IDs, activation and expiry from the key parameters (E.6). A message without an
 * Activation Time is active from its timestamp T, and one without an Expiry Time for {@link #DEFAULT_LIFETIME}.
 *
 * <p>Thread safety: safe to share if the opener is (the MIKEY module's is).
 */
public final class GktpProcessor {
  /** Lifetime given to a GMK whose key parameters name no expiry. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);
  private final IMessageOpener opener;
  private final GmkTable table;

  public GktpProcessor(IMessageOpener opener, GmkTable table) {
    this.opener = Objects.requireNonNull(opener, "opener");
    this.table = Objects.requireNonNull(table, "table");
  }

  /**
   * Opens, verifies and stores one GKTP.
   *
   * @return the stored entry
   * @throws McxException naming the check that failed (malformed, signature, not for this member, stale, …)
   */
  public GmkEntry process(Bytes gktp) throws McxException {
    try (OpenedKey k = opener.open(gktp)) {
      if (k.keyType() != KeyType.GMK) {
        throw new PolicyException("GKTP carries a " + k.keyType() + ", not a GMK");
      }
      Set<String> groups = new HashSet<>(k.groupIds());
      if (groups.isEmpty()) {
        throw new PolicyException("GMK " + String.format("%08x", k.keyId()) + " names no group ID (E.6.3)");
      }
      Instant activation = k.keyParameters().flatMap(KeyParameters::activation).orElse(k.timestamp());
      Instant expiry = k.keyParameters().flatMap(KeyParameters::expiry)
          .orElse(activation.plus(DEFAULT_LIFETIME));
      GmkEntry e = new GmkEntry(k.key(), k.keyId(), k.rand(), groups, activation, expiry, false);
      table.put(e);
      return e;
    }
  }
}
