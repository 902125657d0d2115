// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Optional;

/** "Prot type" of an SP payload and of a GENERIC-ID crypto session (RFC 3830 §6.10, RFC 6043 §6.1.1). */
public enum ProtocolType {
  SRTP(0, "SRTP");

  private final int wire;
  private final String specName;

  ProtocolType(int wire, String specName) {
    this.wire = wire;
    this.specName = specName;
  }

  public int wire() {
    return wire;
  }

  public String specName() {
    return specName;
  }

  public static Optional<ProtocolType> find(int wire) {
    for (ProtocolType p : values()) {
      if (p.wire == wire) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
