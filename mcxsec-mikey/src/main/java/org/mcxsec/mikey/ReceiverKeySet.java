// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.util.Objects;
import java.util.OptionalLong;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyDecapsulator;
import org.mcxsec.crypto.sakke.SakkeDecapsulator;
import org.mcxsec.crypto.sakke.SakkeReceiverKey;

/**
 * A receiver's SAKKE key for one key period (TS 33.180 §5.3, Annex D {@code KmsKeySet}): the UID of that period,
 * the decapsulator holding the RSK and, when known, the period number. A receiver keeps the sets of adjacent
 * periods, since senders do not always encapsulate for the period their timestamp gives (TS 33.180 digest §1.5,
 * §11).
 *
 * @param keyPeriodNo the key period number, when known
 * @param uid the identifier the RSK was issued for
 * @param decapsulator decapsulates data encapsulated to {@code uid}
 */
public record ReceiverKeySet(OptionalLong keyPeriodNo, Bytes uid, KeyDecapsulator decapsulator) {
  public ReceiverKeySet {
    Objects.requireNonNull(keyPeriodNo, "keyPeriodNo");
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(decapsulator, "decapsulator");
    if (keyPeriodNo.isPresent() && keyPeriodNo.getAsLong() < 0) {
      throw new IllegalArgumentException("key period number " + keyPeriodNo.getAsLong() + " is negative");
    }
  }

  /**
   * The key set of key period {@code keyPeriodNo} for a validated receiver key. Builds its
   * {@link SakkeDecapsulator} (a one-off precomputation of about 0.1 s); the caller closes the key.
   */
  public static ReceiverKeySet of(long keyPeriodNo, SakkeReceiverKey key) {
    return new ReceiverKeySet(OptionalLong.of(keyPeriodNo), key.id(), new SakkeDecapsulator(key));
  }

  /** The key set of key period {@code keyPeriodNo}. */
  public static ReceiverKeySet of(long keyPeriodNo, Bytes uid, KeyDecapsulator decapsulator) {
    return new ReceiverKeySet(OptionalLong.of(keyPeriodNo), uid, decapsulator);
  }

  /** A key for {@code uid} whose key period is not known (tried after the sets with known periods). */
  public static ReceiverKeySet withoutPeriod(Bytes uid, KeyDecapsulator decapsulator) {
    return new ReceiverKeySet(OptionalLong.empty(), uid, decapsulator);
  }
}
