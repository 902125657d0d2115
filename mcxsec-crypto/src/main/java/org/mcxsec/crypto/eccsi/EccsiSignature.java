// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.eccsi;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;

/**
 * An ECCSI signature r ‖ s ‖ PVT (RFC 6507 §3.3, §5.2.1 step 7): r and s are 32-octet big-endian integers, PVT is
 * the signer's Public Validation Token as an uncompressed P-256 point 0x04 ‖ x ‖ y (65 octets); 129 octets in all.
 *
 * <p>The record checks structure only (lengths, the 0x04 prefix). Ranges of r and s and whether the PVT is a
 * curve point are checked by {@link EccsiVerifier}, which reports them as failed verification.
 *
 * @param r the x coordinate of J = [j]G
 * @param s the signature scalar
 * @param pvt the signer's Public Validation Token
 */
public record EccsiSignature(Bytes r, Bytes s, Bytes pvt) {
  /** N, the octet length of r and s for P-256 / SHA-256 (RFC 6509). */
  public static final int N = 32;
  /** Octets of an encoded PVT: 0x04 ‖ x ‖ y. */
  public static final int PVT_OCTETS = 2 * N + 1;
  /** Octets of an encoded signature. */
  public static final int OCTETS = 2 * N + PVT_OCTETS;

  /**
   * @throws IllegalArgumentException if a length is wrong or the PVT does not start with 0x04
   */
  public EccsiSignature {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(s, "s");
    Objects.requireNonNull(pvt, "pvt");
    String problem = problem(r, s, pvt);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * Parses the 129-octet encoding r (32) ‖ s (32) ‖ PVT (65).
   *
   * @throws MalformedMessageException naming the wrong length or prefix
   */
  public static EccsiSignature decode(Bytes octets) throws MalformedMessageException {
    if (octets.size() != OCTETS) {
      throw new MalformedMessageException("ECCSI signature is " + octets.size() + " octets, expected " + OCTETS
          + " (r 32 || s 32 || PVT 65)");
    }
    Bytes r = octets.slice(0, N);
    Bytes s = octets.slice(N, 2 * N);
    Bytes pvt = octets.slice(2 * N, OCTETS);
    String problem = problem(r, s, pvt);
    if (problem != null) {
      throw new MalformedMessageException(problem);
    }
    return new EccsiSignature(r, s, pvt);
  }

  /** r ‖ s ‖ PVT, 129 octets. */
  public Bytes encode() {
    return Bytes.concat(r, s, pvt);
  }

  private static String problem(Bytes r, Bytes s, Bytes pvt) {
    if (r.size() != N) {
      return "ECCSI signature r is " + r.size() + " octets, expected " + N;
    }
    if (s.size() != N) {
      return "ECCSI signature s is " + s.size() + " octets, expected " + N;
    }
    if (pvt.size() != PVT_OCTETS) {
      return "ECCSI signature PVT is " + pvt.size() + " octets, expected " + PVT_OCTETS;
    }
    if (pvt.get(0) != 0x04) {
      return String.format("ECCSI signature PVT (octet %d) starts with 0x%02x, expected 0x04 (uncompressed point)",
          2 * N, pvt.get(0));
    }
    return null;
  }
}
