// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.kdf.MikeyKeyDerivation;

/**
 * SRTP master keys for MCX media (TS 33.180 §7.4): the MIKEY PRF of the crypto module applied to a PCK or GMK, and
 * the MKI that names the result.
 *
 * <pre>
 *   §7.4.1 private call:  TGK = PCK, CSB ID = PCK-ID,            MKI = PCK-ID (4 octets)
 *   §7.4.2 group call:    TGK = GMK, CSB ID = the sender's GUK-ID, MKI = GMK-ID || GUK-ID (8 octets)
 *   master key  = PRF(TGK, 0x2AD01C64 || CS-ID || CSB ID || RAND)    16 octets
 *   master salt = PRF(TGK, 0x39A2C14B || CS-ID || CSB ID || RAND)    12 octets (GCM) or 14 (AES-CM)
 * </pre>
 *
 * <p>Thread safety: stateless.
 */
public final class MediaKeyDerivation {
  /** CS-ID of an MCPTT group call (TS 33.180 Table E.1.3-1). */
  public static final int CS_ID_MCPTT_GROUP = 4;
  /** CS-ID of an MCVideo group call (TS 33.180 Table E.1.3-1). */
  public static final int CS_ID_MCVIDEO_GROUP = 5;

  private MediaKeyDerivation() {}

  /** The group-call MKI: GMK-ID || GUK-ID, 8 octets (TS 33.180 §7.4.2). */
  public static Bytes groupMki(int gmkId, int gukId) {
    return Bytes.concat(id(gmkId), id(gukId));
  }

  private static Bytes id(int v) {
    return Bytes.copyOf(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
  }

  /**
   * The master key and salt of the group member whose GUK-ID is {@code gukId} (TS 33.180 §7.4.2), with MKI
   * GMK-ID || GUK-ID. A sender derives its own; a receiver derives each sender's from the MKI.
   */
  public static SrtpMasterKey groupSenderKey(GroupMasterKey gmk, int gukId, int csId, SrtpProfile profile) {
    try (SecretBytes key = MikeyKeyDerivation.srtpMasterKey(gmk.gmk(), csId, gukId, gmk.rand());
        SecretBytes salt = MikeyKeyDerivation.srtpMasterSalt(gmk.gmk(), csId, gukId, gmk.rand(),
            profile.masterSaltOctets())) {
      return SrtpMasterKey.of(profile, key, salt, groupMki(gmk.gmkId(), gukId));
    }
  }

  /** The private-call master key and salt (TS 33.180 §7.4.1), with MKI = PCK-ID. */
  public static SrtpMasterKey privateCallKey(SecretBytes pck, int pckId, Bytes rand, int csId,
      SrtpProfile profile) {
    try (SecretBytes key = MikeyKeyDerivation.srtpMasterKey(pck, csId, pckId, rand);
        SecretBytes salt = MikeyKeyDerivation.srtpMasterSalt(pck, csId, pckId, rand, profile.masterSaltOctets())) {
      return SrtpMasterKey.of(profile, key, salt, id(pckId));
    }
  }
}
