// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Objects;
import java.util.Optional;

/**
 * The MIKEY common header HDR (RFC 3830 §6.1). It is not part of the payload chain: it has no next-payload code of
 * its own, and its next-payload field is derived from the first payload of the message when encoding.
 *
 * <pre>
 *  0: version (8) = 1 | 1: data type (8) | 2: next payload (8) | 3: V (1) | PRF func (7)
 *  4..7: CSB ID (32)
 *  8: #CS (8) | 9: CS ID map type (8) | 10..: CS ID map info
 * </pre>
 *
 * @param dataType the kind of message; {@link DataType#SAKKE_MSG} for a MIKEY-SAKKE I_MESSAGE (RFC 6509 §4.1)
 * @param verification the V flag: a verification message is requested (TS 33.180 E.1.2: 0 for MIKEY-SAKKE)
 * @param prfFunc the raw 7-bit PRF func value; see {@link #prfFunction()}
 * @param csbId the crypto session bundle ID, an unsigned 32-bit value (TS 33.180: GUK-ID, PCK-ID or CSK-ID)
 * @param csIdMap the crypto session map; its size is #CS
 */
public record CommonHeader(DataType dataType, boolean verification, int prfFunc, int csbId, CsIdMap csIdMap) {
  /** The only MIKEY version (RFC 3830 §6.1). */
  public static final int VERSION = 1;

  public CommonHeader {
    Objects.requireNonNull(dataType, "dataType");
    Objects.requireNonNull(csIdMap, "csIdMap");
    if (prfFunc < 0 || prfFunc > 0x7f) {
      throw new IllegalArgumentException("PRF func " + prfFunc + " does not fit 7 bits");
    }
  }

  /** The registered PRF the header names, if any (real messages also carry unregistered values). */
  public Optional<PrfFunction> prfFunction() {
    return PrfFunction.find(prfFunc);
  }
}
