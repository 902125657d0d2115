// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.List;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;

/**
 * The GENERIC-ID crypto session map (CS ID map type 2, RFC 6043 §6.1.1), repeated #CS times:
 *
 * <pre>
 * CS ID (8) | Prot type (8) | S (1) | #P (7) | Ps (#P × 8) | Session Data Length (16) | Session Data |
 * SPI Length (8) | SPI
 * </pre>
 * TS 33.180 sends one entry with CS ID 4 (MCPTT group) and SPI = GMK-ID ‖ GUK-ID for a GMK, or CS ID 6 and
 * SPI = CSK-ID for a CSK (E.2, E.4).
 */
public record GenericIdMap(List<Entry> entries) implements CsIdMap {
  public GenericIdMap {
    entries = List.copyOf(entries);
    if (entries.size() > 0xff) {
      throw new IllegalArgumentException(entries.size() + " crypto sessions do not fit #CS (at most 255)");
    }
  }

  @Override
  public CsIdMapType type() {
    return CsIdMapType.GENERIC_ID;
  }

  @Override
  public int csCount() {
    return entries.size();
  }

  /**
   * One crypto session.
   *
   * @param csId the crypto session ID (TS 33.180 Table E.1.3-1)
   * @param protType the security protocol
   * @param s the S flag
   * @param policyNumbers Ps: the SP policy numbers that apply (#P of them, at most 127)
   * @param sessionData protocol-specific session data (empty in TS 33.180)
   * @param spi the security parameter index (TS 33.180: the MKI)
   */
  public record Entry(int csId, ProtocolType protType, boolean s, List<Integer> policyNumbers, Bytes sessionData,
      Bytes spi) {
    public Entry {
      Objects.requireNonNull(protType, "protType");
      policyNumbers = List.copyOf(policyNumbers);
      Objects.requireNonNull(sessionData, "sessionData");
      Objects.requireNonNull(spi, "spi");
      if (csId < 0 || csId > 0xff) {
        throw new IllegalArgumentException("CS ID " + csId + " does not fit one octet");
      }
      if (policyNumbers.size() > 0x7f) {
        throw new IllegalArgumentException(policyNumbers.size() + " policy numbers do not fit #P (at most 127)");
      }
      for (int p : policyNumbers) {
        if (p < 0 || p > 0xff) {
          throw new IllegalArgumentException("policy number " + p + " does not fit one octet");
        }
      }
      if (sessionData.size() > 0xffff) {
        throw new IllegalArgumentException("Session Data of " + sessionData.size() + " octets exceeds 65535");
      }
      if (spi.size() > 0xff) {
        throw new IllegalArgumentException("SPI of " + spi.size() + " octets exceeds 255");
      }
    }
  }
}
