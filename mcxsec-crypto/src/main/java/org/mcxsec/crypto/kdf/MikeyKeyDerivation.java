// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.kdf;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.SecretBytes;

/**
 * Keys derived from a MIKEY TGK (RFC 3830 §4.1.3) as TS 33.180 §7.4 uses them for media: the SRTP master key
 * (TEK constant, 16 octets) and master salt (salting-key constant, 12 octets for AEAD_AES_128_GCM).
 *
 * <pre>
 *   label = constant (4) ‖ CS-ID (1) ‖ CSB ID (4) ‖ RAND
 *   §7.4.1 private call: TGK = PCK, CSB ID = PCK-ID
 *   §7.4.2 group call:   TGK = GMK, CSB ID = the sender's GUK-ID, RAND = the RAND delivered with the GMK
 * </pre>
 *
 * <p>Thread safety: stateless.
 */
public final class MikeyKeyDerivation {
  /** SRTP master key length (TS 33.180 §7.5: AEAD_AES_128_GCM). */
  public static final int MASTER_KEY_OCTETS = 16;
  /** SRTP master salt length (TS 33.180 §7.5: AEAD_AES_128_GCM). */
  public static final int MASTER_SALT_OCTETS = 12;

  private MikeyKeyDerivation() {}

  /** The RFC 3830 §4.1.3 label: constant ‖ CS-ID ‖ CSB ID ‖ RAND. */
  public static Bytes label(MikeyKeyConstant constant, int csId, int csbId, Bytes rand) {
    if (csId < 0 || csId > 0xff) {
      throw new IllegalArgumentException("CS-ID " + csId + " is not one octet");
    }
    if (rand.size() < 16) {
      throw new IllegalArgumentException("RAND has " + rand.size() + " octets; at least 16 are required");
    }
    byte[] l = new byte[9 + rand.size()];
    putInt(l, 0, constant.value());
    l[4] = (byte) csId;
    putInt(l, 5, csbId);
    rand.copyTo(l, 9);
    return Bytes.copyOf(l);
  }

  /** Any key of RFC 3830 §4.1.3: {@code PRF(TGK, label(constant, CS-ID, CSB ID, RAND))}. */
  public static SecretBytes derive(SecretBytes tgk, MikeyKeyConstant constant, int csId, int csbId, Bytes rand,
      int octets) {
    return MikeyPrf.derive(tgk, label(constant, csId, csbId, rand), octets);
  }

  /** The SRTP master key (TS 33.180 §7.4): TEK constant, 16 octets. */
  public static SecretBytes srtpMasterKey(SecretBytes tgk, int csId, int csbId, Bytes rand) {
    return derive(tgk, MikeyKeyConstant.TEK, csId, csbId, rand, MASTER_KEY_OCTETS);
  }

  /** The SRTP master salt (TS 33.180 §7.4): salting-key constant, {@code octets} long (12 for GCM, 14 for AES-CM). */
  public static SecretBytes srtpMasterSalt(SecretBytes tgk, int csId, int csbId, Bytes rand, int octets) {
    return derive(tgk, MikeyKeyConstant.SALT, csId, csbId, rand, octets);
  }

  /** The 12-octet SRTP master salt of TS 33.180 §7.4. */
  public static SecretBytes srtpMasterSalt(SecretBytes tgk, int csId, int csbId, Bytes rand) {
    return srtpMasterSalt(tgk, csId, csbId, rand, MASTER_SALT_OCTETS);
  }

  private static void putInt(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }
}
