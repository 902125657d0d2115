// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms;

import java.time.Instant;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.SecretBytes;

/**
 * One user's key set for one key period (TS 33.180 D.3.3, {@code KmsKeySet}): {@code UserID} (the F.2.1 UID for
 * the period), {@code KeyPeriodNo}, and the keys {@code UserSigningKeySSK}, {@code UserPubTokenPVT},
 * {@code UserDecryptKey} (the RSK).
 *
 * <p>Security: {@code toString} never shows the SSK or RSK.
 */
public final class UserKeySet {
  private final String kmsUri;
  private final String userUri;
  private final Bytes userId;
  private final long keyPeriodNo;
  private final Instant validFrom;
  private final Instant validTo;
  private final IssuedUserKeys keys;

  public UserKeySet(String kmsUri, String userUri, Bytes userId, long keyPeriodNo, Instant validFrom,
      Instant validTo, IssuedUserKeys keys) {
    this.kmsUri = Objects.requireNonNull(kmsUri, "kmsUri");
    this.userUri = Objects.requireNonNull(userUri, "userUri");
    this.userId = Objects.requireNonNull(userId, "userId");
    this.keyPeriodNo = keyPeriodNo;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  public String kmsUri() {
    return kmsUri;
  }

  public String userUri() {
    return userUri;
  }

  /** The MIKEY-SAKKE UID the keys were issued for (TS 33.180 F.2.1), {@code UserID}. */
  public Bytes userId() {
    return userId;
  }

  public long keyPeriodNo() {
    return keyPeriodNo;
  }

  /** First instant of the key period; null if a KMS's response did not say (the element is optional). */
  public Instant validFrom() {
    return validFrom;
  }

  /** First instant after the key period; null if a KMS's response did not say. */
  public Instant validTo() {
    return validTo;
  }

  public SecretBytes ssk() {
    return keys.ssk();
  }

  public Bytes pvt() {
    return keys.pvt();
  }

  public SecretBytes rsk() {
    return keys.rsk();
  }

  @Override
  public String toString() {
    return "UserKeySet[" + userUri + ", period " + keyPeriodNo + ", uid=" + userId + ", " + keys + "]";
  }
}
