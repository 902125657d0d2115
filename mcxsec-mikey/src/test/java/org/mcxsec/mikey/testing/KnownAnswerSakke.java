// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.testing;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.mikey.MikeyDecapsulator;

/**
 * A decapsulator that knows one published answer: the SSV of one SAKKE data block for one identifier (confirmed by
 * two independent SAKKE implementations in the vector file). Anything else fails as an R check would.
 */
public final class KnownAnswerSakke {
  private KnownAnswerSakke() {}

  public static MikeyDecapsulator of(Bytes uid, Bytes sakkeData, Bytes ssv) {
    return (receiverId, data) -> {
      if (!receiverId.equals(uid) || !data.equals(sakkeData)) {
        throw new VerificationFailedException("SAKKE R check failed (known-answer stand-in)");
      }
      return Fixture.key(ssv);
    };
  }
}
