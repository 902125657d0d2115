// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyDecapsulator;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.sakke.SakkeDecapsulator;
import org.mcxsec.crypto.sakke.SakkeReceiverKey;

/**
 * A receiver key whose UID is learnt from the message (IDR role 9) rather than provisioned with it, for tools
 * that are given an RSK without its UID. Safe: an RSK validates, and decapsulates, only under the identifier it
 * was issued for.
 */
@FunctionalInterface
public interface ReceiverKeyFactory {
  /**
   * The decapsulator for {@code uid}; closed by the caller after use if it is {@link AutoCloseable}.
   *
   * @throws KeyMaterialException if the key is not the one of {@code uid}
   */
  KeyDecapsulator forUid(Bytes uid) throws KeyMaterialException;

  /** A SAKKE RSK issued by the KMS with public key {@code zPub}, validated (RFC 6508 §6.1.2) for each UID. */
  static ReceiverKeyFactory sakke(Bytes zPub, SecretBytes rsk) {
    return uid -> {
      try (SakkeReceiverKey key = SakkeReceiverKey.validate(zPub, uid, rsk)) {
        return new SakkeDecapsulator(key);
      }
    };
  }
}
