// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Optional;

/**
 * HDR PRF func values (RFC 3830 §6.1, RFC 6043 §6.1). The header keeps the raw 7-bit value because real messages
 * carry unregistered values (TS 33.180 media keys use PRF-HMAC-SHA-256 whatever the header says).
 */
public enum PrfFunction {
  /** RFC 3830 §4.1.2, HMAC-SHA-1 based. */
  MIKEY_1(0, "MIKEY-1"),
  /** RFC 6043 §6.1. */
  PRF_HMAC_SHA_256(1, "PRF-HMAC-SHA-256");

  private final int wire;
  private final String specName;

  PrfFunction(int wire, String specName) {
    this.wire = wire;
    this.specName = specName;
  }

  public int wire() {
    return wire;
  }

  public String specName() {
    return specName;
  }

  public static Optional<PrfFunction> find(int wire) {
    for (PrfFunction f : values()) {
      if (f.wire == wire) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
