// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.SecretBytes;

/**
 * A user's freshly issued key material for one identifier: SSK (secret), PVT (public), RSK (secret).
 *
 * <p>Security: {@code toString} shows the PVT only.
 */
public final class IssuedUserKeys {
  private final SecretBytes ssk;
  private final Bytes pvt;
  private final SecretBytes rsk;

  public IssuedUserKeys(SecretBytes ssk, Bytes pvt, SecretBytes rsk) {
    this.ssk = Objects.requireNonNull(ssk, "ssk");
    this.pvt = Objects.requireNonNull(pvt, "pvt");
    this.rsk = Objects.requireNonNull(rsk, "rsk");
  }

  /** The ECCSI Secret Signing Key (RFC 6507 §5.1.1). */
  public SecretBytes ssk() {
    return ssk;
  }

  /** The ECCSI Public Validation Token (RFC 6507 §5.1.1). */
  public Bytes pvt() {
    return pvt;
  }

  /** The SAKKE Receiver Secret Key (RFC 6508 §6.1.1). */
  public SecretBytes rsk() {
    return rsk;
  }

  @Override
  public String toString() {
    return "IssuedUserKeys[pvt=" + pvt + ", ssk=<redacted>, rsk=<redacted>]";
  }
}
