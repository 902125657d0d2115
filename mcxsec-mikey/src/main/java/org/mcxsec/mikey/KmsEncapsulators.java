// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyEncapsulator;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.sakke.SakkeEncapsulator;

/**
 * Finds the encapsulator for the users of one KMS: how {@link IMessageCreator} reaches SAKKE (RFC 6508 §6.2.1).
 * {@link #sakke()} keeps one {@link SakkeEncapsulator} per KMS key Z, so that its fixed-base tables serve every
 * message to that KMS's users.
 */
@FunctionalInterface
public interface KmsEncapsulators {
  /**
   * The encapsulator to users of the KMS whose SAKKE public key is {@code zPub}.
   *
   * @throws KeyMaterialException if Z is not a valid public key
   */
  KeyEncapsulator forKms(Bytes zPub) throws KeyMaterialException;

  /** SAKKE parameter set 1, caching the encapsulators of the four most recently used KMSs. */
  static KmsEncapsulators sakke() {
    Map<Bytes, KeyEncapsulator> cache = new LinkedHashMap<>(8, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Bytes, KeyEncapsulator> eldest) {
        return size() > 4;
      }
    };
    return zPub -> {
      synchronized (cache) {
        KeyEncapsulator e = cache.get(zPub);
        if (e == null) {
          e = SakkeEncapsulator.forKms(zPub);
          cache.put(zPub, e);
        }
        return e;
      }
    };
  }
}
