// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.crypto.sakke;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.sakke.internal.AffinePoint;
import org.mcxsec.crypto.sakke.internal.ParameterSet1;

/**
 * SAKKE Encapsulated Data (RFC 6508 §4, §6.2.1 step 5): the point {@code R_(b,S)} and the masked SSV H.
 *
 * <pre>
 *   0                1                      129                    257            273
 *   +----------------+----------------------+----------------------+--------------+
 *   | 0x04           | x of R (128 octets)  | y of R (128 octets)  | H (16)       |
 *   +----------------+----------------------+----------------------+--------------+
 * </pre>
 *
 * <p>Every instance holds a point of the curve (coordinates below p) and a 16-octet H; the R check of
 * decapsulation establishes the rest.
 *
 * @param r R_(b,S), {@code 0x04 ‖ x ‖ y}, 257 octets
 * @param h H = SSV XOR mask, 16 octets
 */
public record SakkeEncapsulatedData(Bytes r, Bytes h) {
  /** Octets of the encoding {@code R ‖ H}. */
  public static final int OCTETS = ParameterSet1.POINT_OCTETS + ParameterSet1.SSV_OCTETS;

  /** @throws IllegalArgumentException naming the field and the problem if R is not a curve point or H not 16 octets */
  public SakkeEncapsulatedData {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(h, "h");
    String problem = problem(r, h, "SAKKE R");
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * Parses {@code R ‖ H}.
   *
   * @throws MalformedMessageException unless it is exactly 273 octets with R a point of the curve (prefix 0x04,
   *     x and y below p, y² = x³ − 3x)
   */
  public static SakkeEncapsulatedData decode(Bytes octets) throws MalformedMessageException {
    if (octets.size() != OCTETS) {
      throw new MalformedMessageException("SAKKE encapsulated data: expected " + OCTETS
          + " octets (R 257 ‖ H 16), got " + octets.size());
    }
    Bytes r = octets.slice(0, ParameterSet1.POINT_OCTETS);
    Bytes h = octets.slice(ParameterSet1.POINT_OCTETS, OCTETS);
    String problem = problem(r, h, "SAKKE encapsulated data, R at offset 0");
    if (problem != null) {
      throw new MalformedMessageException(problem);
    }
    return new SakkeEncapsulatedData(r, h);
  }

  /** {@code R ‖ H}, 273 octets. */
  public Bytes encode() {
    return Bytes.concat(r, h);
  }

  private static String problem(Bytes r, Bytes h, String what) {
    if (h.size() != ParameterSet1.SSV_OCTETS) {
      return "SAKKE H: expected " + ParameterSet1.SSV_OCTETS + " octets, got " + h.size();
    }
    return AffinePoint.problem(what, r.toByteArray());
  }
}
