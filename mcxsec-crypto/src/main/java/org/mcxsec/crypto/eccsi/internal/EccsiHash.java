// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The two ECCSI hashes with SHA-256 (RFC 6507 §5.1.1 step 3, §5.2.1 step 3; RFC 6509). */
public final class EccsiHash {
  private static final byte[] G = P256.generator().encode();

  private EccsiHash() {}

  /** HS = hash( G ‖ KPAK ‖ ID ‖ PVT ), points as 65-octet uncompressed encodings. */
  public static byte[] hs(byte[] kpak, byte[] id, byte[] pvt) {
    MessageDigest d = sha256();
    d.update(G);
    d.update(kpak);
    d.update(id);
    d.update(pvt);
    return d.digest();
  }

  /** HE = hash( HS ‖ r ‖ M ), r as 32 octets. */
  public static byte[] he(byte[] hs, byte[] r, byte[] message) {
    MessageDigest d = sha256();
    d.update(hs);
    d.update(r);
    d.update(message);
    return d.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
