// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.List;

/**
 * The SRTP-ID crypto session map (RFC 3830 §6.1.1): per crypto session, {@code Policy_no (8) | SSRC (32) | ROC (32)}.
 * Older MCX implementations send it with two entries (TS 33.180 digest §11).
 */
public record SrtpIdMap(List<Entry> entries) implements CsIdMap {
  public SrtpIdMap {
    entries = List.copyOf(entries);
    if (entries.size() > 0xff) {
      throw new IllegalArgumentException(entries.size() + " crypto sessions do not fit #CS (at most 255)");
    }
  }

  @Override
  public CsIdMapType type() {
    return CsIdMapType.SRTP_ID;
  }

  @Override
  public int csCount() {
    return entries.size();
  }

  /**
   * One SRTP crypto session.
   *
   * @param policyNo the SP payload policy number that applies
   * @param ssrc the SRTP SSRC, an unsigned 32-bit value
   * @param roc the SRTP roll-over counter, an unsigned 32-bit value
   */
  public record Entry(int policyNo, int ssrc, int roc) {
    public Entry {
      if (policyNo < 0 || policyNo > 0xff) {
        throw new IllegalArgumentException("Policy_no " + policyNo + " does not fit one octet");
      }
    }
  }
}
