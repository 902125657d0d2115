// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.util.Objects;
import java.util.OptionalLong;
import org.mcxsec.crypto.Bytes;

/**
 * A receiver's SAKKE key for one key period (TS 33.180 §5.3, Annex D {@code KmsKeySet}): the UID of that period, the
 * RSK and, when known, the period number. A receiver keeps the sets of adjacent periods, since senders do not always
 * encapsulate for the period their timestamp gives (TS 33.180 digest §1.5, §11).
 */
public record ReceiverKeySet(OptionalLong keyPeriodNo, Bytes uid, MikeyDecapsulator rsk) {
  public ReceiverKeySet {
    Objects.requireNonNull(keyPeriodNo, "keyPeriodNo");
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(rsk, "rsk");
    if (keyPeriodNo.isPresent() && keyPeriodNo.getAsLong() < 0) {
      throw new IllegalArgumentException("key period number " + keyPeriodNo.getAsLong() + " is negative");
    }
  }

  /** The key set of key period {@code keyPeriodNo}. */
  public static ReceiverKeySet of(long keyPeriodNo, Bytes uid, MikeyDecapsulator rsk) {
    return new ReceiverKeySet(OptionalLong.of(keyPeriodNo), uid, rsk);
  }

  /** A key for {@code uid} whose key period is not known (tried after the sets with known periods). */
  public static ReceiverKeySet withoutPeriod(Bytes uid, MikeyDecapsulator rsk) {
    return new ReceiverKeySet(OptionalLong.empty(), uid, rsk);
  }
}
