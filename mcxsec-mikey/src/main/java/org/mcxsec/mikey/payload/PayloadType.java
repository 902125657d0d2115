// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Optional;

/**
 * MIKEY next-payload codes (RFC 3830 §6.1 Table 6.1.b, RFC 6043 §6, RFC 6509 §4). Every registered code is listed
 * so that an error can name the payload it met; {@link #supported()} says which ones the codec decodes.
 */
public enum PayloadType {
  /** Code 0: no further payload. */
  LAST(0, "Last payload", false),
  KEMAC(1, "KEMAC", false),
  PKE(2, "PKE", false),
  DH(3, "DH", false),
  SIGN(4, "SIGN", true),
  T(5, "T", true),
  ID(6, "ID", false),
  CERT(7, "CERT", false),
  CHASH(8, "CHASH", false),
  V(9, "V", false),
  SP(10, "SP", true),
  RAND(11, "RAND", true),
  ERR(12, "ERR", false),
  TR(13, "TR", false),
  IDR(14, "IDR", true),
  RANDR(15, "RANDR", false),
  TP(16, "TP", false),
  TICKET(17, "TICKET", false),
  KEY_DATA(20, "Key data", false),
  GENERAL_EXT(21, "General Extension", true),
  SAKKE(26, "SAKKE", true);

  private final int wire;
  private final String specName;
  private final boolean supported;

  PayloadType(int wire, String specName, boolean supported) {
    this.wire = wire;
    this.specName = specName;
    this.supported = supported;
  }

  public int wire() {
    return wire;
  }

  /** The payload's name in its RFC. */
  public String specName() {
    return specName;
  }

  /** Whether {@code MikeyCodec} decodes this payload (the payloads MIKEY-SAKKE uses). */
  public boolean supported() {
    return supported;
  }

  /** The payload type with next-payload code {@code wire}, if one is registered. */
  public static Optional<PayloadType> find(int wire) {
    for (PayloadType t : values()) {
      if (t.wire == wire) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
