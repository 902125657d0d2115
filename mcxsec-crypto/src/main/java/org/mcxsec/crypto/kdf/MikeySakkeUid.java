// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.kdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.mcxsec.crypto.Bytes;

/**
 * The MIKEY-SAKKE UID of TS 33.180 F.2.1: the 32-octet identifier that ECCSI signs with and SAKKE encrypts to.
 *
 * <pre>
 *   UID = SHA-256(S),  S = 0x00 ‖ P0 ‖ L0 ‖ … ‖ P5 ‖ L5   (TS 33.220 B.2 encoding; FC 0x00; plain SHA-256)
 *   P0 = "MIKEY-SAKKE-UID"   P1 = the user's URI   P2 = the KMS URI
 *   P3 = key period length (s)   P4 = key period offset (s)   P5 = key period number
 * </pre>
 * P3–P5 are big-endian in the fewest octets, zero as one {@code 0x00} octet.
 *
 * <p>Thread safety: stateless.
 */
public final class MikeySakkeUid {
  /** UID length in octets. */
  public static final int OCTETS = 32;
  private static final Bytes P0 = Bytes.copyOf("MIKEY-SAKKE-UID".getBytes(StandardCharsets.US_ASCII));

  private MikeySakkeUid() {}

  /** The hash input S (exposed for tests and diagnostics). */
  public static Bytes hashInput(String uri, String kmsUri, KeyPeriod period, long periodNo) {
    if (periodNo < 0) {
      throw new IllegalArgumentException("key period number " + periodNo + " is negative");
    }
    return Ts33220Kdf.inputString(0x00, P0,
        Bytes.copyOf(uri.getBytes(StandardCharsets.UTF_8)),
        Bytes.copyOf(kmsUri.getBytes(StandardCharsets.UTF_8)),
        Ts33220Kdf.nonNegativeInteger(period.periodSeconds()),
        Ts33220Kdf.nonNegativeInteger(period.offsetSeconds()),
        Ts33220Kdf.nonNegativeInteger(periodNo));
  }

  /** The UID of {@code uri} under {@code kmsUri} for key period {@code periodNo}. */
  public static Bytes of(String uri, String kmsUri, KeyPeriod period, long periodNo) {
    try {
      return Bytes.copyOf(MessageDigest.getInstance("SHA-256")
          .digest(hashInput(uri, kmsUri, period, periodNo).toByteArray()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
