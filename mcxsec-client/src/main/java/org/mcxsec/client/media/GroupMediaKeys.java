// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.media;

import org.mcxsec.client.GmkEntry;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.kdf.MikeyKeyDerivation;
import org.mcxsec.crypto.kdf.UserSalt;

/**
 * Group media keys (TS 33.180 §7.4.2): a sender derives its SRTP master key and salt from TGK = GMK, CSB-ID =
 * its own GUK-ID (GMK-ID XOR user salt, F.1.3), RAND = the RAND delivered with the GMK, CS-ID 4 (MCPTT group
 * call); MKI = GMK-ID ‖ GUK-ID. A receiver reads the sender's GUK-ID from the MKI and derives the same keys: it
 * never needs the sender's URI, and no two senders share a key stream.
 *
 * <p>Thread safety: stateless.
 */
public final class GroupMediaKeys {
  /** CS-ID of MCPTT group calls (TS 33.180 Table E.1.3-1). */
  public static final int CS_ID_MCPTT_GROUP = 4;
  /** MKI length: GMK-ID ‖ GUK-ID. */
  public static final int MKI_OCTETS = 8;

  private GroupMediaKeys() {}

  /** The GUK-ID of {@code userUri} for {@code gmk}. */
  public static int gukId(GmkEntry gmk, String userUri) {
    return UserSalt.gukId(gmk.gmkId(), gmk.gmk(), userUri);
  }

  /** The keys of the sender whose GUK-ID is {@code gukId} under {@code gmk}. */
  public static MediaKey derive(GmkEntry gmk, int gukId) {
    // TS 33.180 §7.4.2: TGK = GMK, CSB ID = GUK-ID, RAND = the GMK's RAND; RFC 3830 §4.1.3 with PRF-HMAC-SHA-256
    SecretBytes key = MikeyKeyDerivation.srtpMasterKey(gmk.gmk(), CS_ID_MCPTT_GROUP, gukId, gmk.rand());
    SecretBytes salt = MikeyKeyDerivation.srtpMasterSalt(gmk.gmk(), CS_ID_MCPTT_GROUP, gukId, gmk.rand());
    return new MediaKey(key, salt, mki(gmk.gmkId(), gukId));
  }

  /** A sender's own keys. */
  public static MediaKey forSender(GmkEntry gmk, String senderUri) {
    return derive(gmk, gukId(gmk, senderUri));
  }

  /** MKI = GMK-ID ‖ GUK-ID, big-endian. */
  public static Bytes mki(int gmkId, int gukId) {
    byte[] m = new byte[MKI_OCTETS];
    for (int i = 0; i < 4; i++) {
      m[i] = (byte) (gmkId >>> (24 - 8 * i));
      m[4 + i] = (byte) (gukId >>> (24 - 8 * i));
    }
    return Bytes.copyOf(m);
  }
}
