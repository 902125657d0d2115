// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Optional;

/** HDR data type: the kind of MIKEY message (RFC 3830 §6.1, RFC 4650, RFC 4738, RFC 6509 §4.1). */
public enum DataType {
  PSK_INIT(0, "Initiator's pre-shared key message"),
  PSK_RESP(1, "Verification message of a pre-shared key message"),
  PK_INIT(2, "Initiator's public-key transport message"),
  PK_RESP(3, "Verification message of a public-key message"),
  DH_INIT(4, "Initiator's DH exchange message"),
  DH_RESP(5, "Responder's DH exchange message"),
  ERROR(6, "Error message"),
  DHHMAC_INIT(7, "DH message with HMAC authentication (RFC 4650)"),
  DHHMAC_RESP(8, "DH response with HMAC authentication (RFC 4650)"),
  RSA_R_I_MSG(9, "RSA-R I_MESSAGE (RFC 4738)"),
  RSA_R_R_MSG(10, "RSA-R R_MESSAGE (RFC 4738)"),
  /** RFC 6509 §4.1: the MIKEY-SAKKE I_MESSAGE. */
  SAKKE_MSG(26, "SAKKE message (RFC 6509)");

  private final int wire;
  private final String specName;

  DataType(int wire, String specName) {
    this.wire = wire;
    this.specName = specName;
  }

  public int wire() {
    return wire;
  }

  public String specName() {
    return specName;
  }

  public static Optional<DataType> find(int wire) {
    for (DataType t : values()) {
      if (t.wire == wire) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
