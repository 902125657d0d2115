// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.provisioning;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.SecretBytes;

/**
 * The receiving half of a user's key set from the KMS (TS 33.180 D.3 {@code KmsKeySet}): the key period, the UID
 * it was issued for and the SAKKE RSK ({@code UserDecryptKey}). The signing half (SSK, PVT) is not needed to
 * receive GMKs and is not kept.
 *
 * <p>Security: holds the RSK; {@link #close()} wipes it; {@code toString} never prints it.
 */
public final class ProvisionedKeys implements AutoCloseable {
  private final long keyPeriodNo;
  private final Bytes userId;
  private final SecretBytes rsk;

  public ProvisionedKeys(long keyPeriodNo, Bytes userId, SecretBytes rsk) {
    this.keyPeriodNo = keyPeriodNo;
    this.userId = userId;
    this.rsk = rsk;
  }

  public long keyPeriodNo() {
    return keyPeriodNo;
  }

  public Bytes userId() {
    return userId;
  }

  public SecretBytes rsk() {
    return rsk;
  }

  @Override
  public void close() {
    rsk.destroy();
  }

  @Override
  public String toString() {
    return "ProvisionedKeys[period " + keyPeriodNo + ", uid " + userId + ", rsk=<redacted>]";
  }
}
