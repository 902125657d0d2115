// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Optional;

/**
 * "ID Type" of an ID or IDR payload (RFC 3830 §6.7, RFC 6043 §6.6). Real MCX messages say URI also for 32-octet
 * binary UIDs, so the type does not promise that the data is text.
 */
public enum IdType {
  NAI(0, "NAI"),
  URI(1, "URI"),
  BYTE_STRING(2, "Byte string");

  private final int wire;
  private final String specName;

  IdType(int wire, String specName) {
    this.wire = wire;
    this.specName = specName;
  }

  public int wire() {
    return wire;
  }

  public String specName() {
    return specName;
  }

  public static Optional<IdType> find(int wire) {
    for (IdType t : values()) {
      if (t.wire == wire) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
