// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;

/**
 * The signature payload SIGN (RFC 3830 §6.5): {@code S type (4) | Signature len (12) | Signature}. It has no
 * next-payload field and is always the last payload. The signature covers every octet of the message before the
 * signature value, including these two header octets (RFC 3830 §5.2; TS 33.180 digest §11).
 */
public record SignaturePayload(SignatureType sType, Bytes signature) implements MikeyPayload {
  /** The largest signature the 12-bit length can announce. */
  public static final int MAX_SIGNATURE_OCTETS = 0xfff;
  /** Octets of the S type / Signature len header. */
  public static final int HEADER_OCTETS = 2;

  public SignaturePayload {
    Objects.requireNonNull(sType, "sType");
    Objects.requireNonNull(signature, "signature");
    if (signature.size() > MAX_SIGNATURE_OCTETS) {
      throw new IllegalArgumentException("signature of " + signature.size() + " octets exceeds the 12-bit length");
    }
  }

  @Override
  public PayloadType type() {
    return PayloadType.SIGN;
  }
}
