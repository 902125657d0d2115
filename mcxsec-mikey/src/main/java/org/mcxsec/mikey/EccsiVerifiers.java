// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.IdentityVerifier;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.eccsi.EccsiKpakVerifier;

/**
 * ECCSI verifiers, one {@link EccsiKpakVerifier} (with its per-signer tables) per KPAK, for the few KMSs a
 * receiver trusts. At most {@value #MAX_KMS} KPAKs are kept, least recently used first out.
 *
 * <p>Thread safety: thread-safe.
 */
final class EccsiVerifiers implements IdentityVerifiers {
  private static final int MAX_KMS = 8;
  private final Map<Bytes, EccsiKpakVerifier> byKpak = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Bytes, EccsiKpakVerifier> eldest) {
      return size() > MAX_KMS;
    }
  };

  @Override
  public IdentityVerifier forSigner(Bytes kpak, Bytes signerId) throws KeyMaterialException {
    EccsiKpakVerifier v;
    synchronized (byKpak) {
      v = byKpak.get(kpak);
    }
    if (v == null) {
      v = new EccsiKpakVerifier(kpak);
      synchronized (byKpak) {
        byKpak.putIfAbsent(kpak, v);
      }
    }
    return v.forSigner(signerId);
  }
}
