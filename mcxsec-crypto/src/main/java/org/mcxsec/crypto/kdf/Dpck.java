// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.kdf;

import java.util.Arrays;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/**
 * The data payload confidentiality key {@code DPCK = KDF(DPPK, FC = 0x53, P0 = DPPK-ID)}, its 128 least
 * significant bits (TS 33.180 F.1.5). It protects MCData payloads and the E.6 key-parameters payload, where the
 * DPPK is the distributed key (e.g. the GMK) and the DPPK-ID the CSB ID of the MIKEY message.
 *
 * <p>Thread safety: stateless.
 */
public final class Dpck {
  /** FC of the DPCK derivation. */
  public static final int FC = 0x53;

  private Dpck() {}

  /** The 16-octet DPCK for {@code dppk} and the 32-bit {@code dppkId}. */
  public static SecretBytes derive(SecretBytes dppk, int dppkId) {
    Bytes id = Bytes.copyOf(new byte[] {
        (byte) (dppkId >>> 24), (byte) (dppkId >>> 16), (byte) (dppkId >>> 8), (byte) dppkId});
    try (SecretBytes full = Ts33220Kdf.derive(dppk, FC, id)) {
      byte[] o = full.toByteArray(InsecureSecretAccess.get());
      SecretBytes low = SecretBytes.wrap(Arrays.copyOfRange(o, 16, 32), InsecureSecretAccess.get());
      Arrays.fill(o, (byte) 0);
      return low;
    }
  }
}
