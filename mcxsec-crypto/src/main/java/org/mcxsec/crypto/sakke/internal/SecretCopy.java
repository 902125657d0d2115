// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke.internal;

import java.util.Arrays;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/** Independent copies of secret keys, so a key object never shares a buffer that its caller may wipe. */
public final class SecretCopy {
  private SecretCopy() {}

  /** A new {@link SecretBytes} with the same content. */
  public static SecretBytes of(SecretBytes secret) {
    byte[] raw = secret.toByteArray(InsecureSecretAccess.get());
    SecretBytes copy = SecretBytes.copyOf(raw, InsecureSecretAccess.get());
    Arrays.fill(raw, (byte) 0);
    return copy;
  }
}
