// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.media;

import org.mcxsec.client.GmkEntry;
import org.mcxsec.crypto.kdf.UserSalt;
import org.mcxsec.srtp.GroupMasterKey;
import org.mcxsec.srtp.MediaKeyDerivation;
import org.mcxsec.srtp.SrtpMasterKey;
import org.mcxsec.srtp.SrtpProfile;

/**
 * Group media keys (TS 33.180 §7.4.2): a sender derives its SRTP master key and salt from TGK = GMK, CSB-ID =
 * its own GUK-ID (GMK-ID XOR user salt, F.1.3), RAND = the RAND delivered with the GMK, CS-ID 4 (MCPTT group
 * call); MKI = GMK-ID ‖ GUK-ID. A receiver reads the sender's GUK-ID from the MKI and derives the same keys: it
 * never needs the sender's URI, and no two senders share a key stream. The derivation is the SRTP module's.
 *
 * <p>Thread safety: stateless.
 */
public final class GroupMediaKeys {
  /** CS-ID of MCPTT group calls (TS 33.180 Table E.1.3-1). */
  public static final int CS_ID_MCPTT_GROUP = MediaKeyDerivation.CS_ID_MCPTT_GROUP;
  /** MKI length: GMK-ID ‖ GUK-ID. */
  public static final int MKI_OCTETS = 8;
  /** TS 33.180 §7.5: AEAD_AES_128_GCM. */
  public static final SrtpProfile PROFILE = SrtpProfile.AEAD_AES_128_GCM;

  private GroupMediaKeys() {}

  /** The GUK-ID of {@code userUri} for {@code gmk}. */
  public static int gukId(GmkEntry gmk, String userUri) {
    return UserSalt.gukId(gmk.gmkId(), gmk.gmk(), userUri);
  }

  /** The keys of the sender whose GUK-ID is {@code gukId} under {@code gmk}. */
  public static SrtpMasterKey derive(GmkEntry gmk, int gukId) {
    try (GroupMasterKey g = GroupMasterKey.of(gmk.gmk(), gmk.gmkId(), gmk.rand())) {
      return MediaKeyDerivation.groupSenderKey(g, gukId, CS_ID_MCPTT_GROUP, PROFILE);
    }
  }

  /** A sender's own keys. */
  public static SrtpMasterKey forSender(GmkEntry gmk, String senderUri) {
    return derive(gmk, gukId(gmk, senderUri));
  }
}
