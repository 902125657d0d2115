// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Optional;

/** HDR "CS ID map type" (RFC 3830 §6.1, RFC 4563, RFC 6043 §6.1.1). */
public enum CsIdMapType {
  SRTP_ID(0, "SRTP-ID"),
  EMPTY(1, "Empty map"),
  GENERIC_ID(2, "GENERIC-ID");

  private final int wire;
  private final String specName;

  CsIdMapType(int wire, String specName) {
    this.wire = wire;
    this.specName = specName;
  }

  public int wire() {
    return wire;
  }

  public String specName() {
    return specName;
  }

  public static Optional<CsIdMapType> find(int wire) {
    for (CsIdMapType t : values()) {
      if (t.wire == wire) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
