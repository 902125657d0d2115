// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Optional;

/** "S type" of the SIGN payload (RFC 3830 §6.5, RFC 6509 §4.3). */
public enum SignatureType {
  RSA_PKCS1_V1_5(0, "RSA/PKCS#1/1.5"),
  RSA_PSS(1, "RSA/PSS"),
  /** RFC 6509 §4.3: r ‖ s ‖ PVT, 129 octets with P-256. */
  ECCSI(2, "ECCSI");

  private final int wire;
  private final String specName;

  SignatureType(int wire, String specName) {
    this.wire = wire;
    this.specName = specName;
  }

  public int wire() {
    return wire;
  }

  public String specName() {
    return specName;
  }

  public static Optional<SignatureType> find(int wire) {
    for (SignatureType t : values()) {
      if (t.wire == wire) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
