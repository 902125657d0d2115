// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.kdf;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/**
 * The MIKEY pseudo-random function of RFC 3830 §4.1.2 instantiated with HMAC-SHA-256 (PRF-HMAC-SHA-256,
 * RFC 6043 §6.1; HDR PRF func 1). TS 33.180 §7.4 mandates it for media key derivation.
 *
 * <pre>
 *   inkey = s_1 ‖ … ‖ s_n            (256-bit pieces, the last may be shorter)
 *   P(s, label, m) = HMAC(s, A_1 ‖ label) ‖ … ‖ HMAC(s, A_m ‖ label),  A_0 = label, A_i = HMAC(s, A_(i-1))
 *   PRF(inkey, label) = first outLen octets of P(s_1, label, m) XOR … XOR P(s_n, label, m)
 * </pre>
 *
 * <p>Thread safety: stateless.
 */
public final class MikeyPrf {
  private static final int HASH_OCTETS = 32;
  private static final int PIECE_OCTETS = 32;

  private MikeyPrf() {}

  /** {@code PRF(inkey, label)} truncated to {@code outLen} octets (1..1024). */
  public static SecretBytes derive(SecretBytes inkey, Bytes label, int outLen) {
    if (outLen < 1 || outLen > 1024) {
      throw new IllegalArgumentException("PRF output length " + outLen + " is outside [1, 1024]");
    }
    if (inkey.size() == 0) {
      throw new IllegalArgumentException("PRF inkey is empty");
    }
    int m = (outLen + HASH_OCTETS - 1) / HASH_OCTETS;
    byte[] key = inkey.toByteArray(InsecureSecretAccess.get());
    byte[] lab = label.toByteArray();
    byte[] acc = new byte[m * HASH_OCTETS];
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      for (int off = 0; off < key.length; off += PIECE_OCTETS) {
        // RFC 3830 §4.1.2: split inkey into 256-bit pieces and XOR their P() outputs.
        mac.init(new SecretKeySpec(key, off, Math.min(PIECE_OCTETS, key.length - off), "HmacSHA256"));
        byte[] a = lab;
        for (int i = 0; i < m; i++) {
          a = mac.doFinal(a);                        // A_i = HMAC(s, A_(i-1))
          mac.update(a);
          byte[] block = mac.doFinal(lab);           // HMAC(s, A_i ‖ label)
          for (int j = 0; j < HASH_OCTETS; j++) {
            acc[i * HASH_OCTETS + j] ^= block[j];
          }
          Arrays.fill(block, (byte) 0);
        }
      }
      return SecretBytes.wrap(Arrays.copyOf(acc, outLen), InsecureSecretAccess.get());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    } finally {
      Arrays.fill(key, (byte) 0);
      Arrays.fill(acc, (byte) 0);
    }
  }
}
