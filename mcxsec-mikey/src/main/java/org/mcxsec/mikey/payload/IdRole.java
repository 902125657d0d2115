// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Optional;

/** "ID Role" of an IDR payload (RFC 6043 §6.6), with the UID roles of TS 33.180 identity hiding (E.7). */
public enum IdRole {
  IDRI(1, "IDRi", "Initiator"),
  IDRR(2, "IDRr", "Responder"),
  IDRKMS(3, "IDRkms", "KMS"),
  IDRPSK(4, "IDRpsk", "Pre-Shared Key"),
  IDRAPP(5, "IDRapp", "Application"),
  IDRKMSI(6, "IDRkmsi", "Initiator's KMS"),
  IDRKMSR(7, "IDRkmsr", "Responder's KMS"),
  /** TS 33.180 E.7: the initiator's 32-octet MIKEY-SAKKE UID. */
  IDRUIDI(8, "IDRuidi", "Initiator's UID"),
  /** TS 33.180 E.7: the responder's 32-octet MIKEY-SAKKE UID. */
  IDRUIDR(9, "IDRuidr", "Responder's UID");

  private final int wire;
  private final String specName;
  private final String meaning;

  IdRole(int wire, String specName, String meaning) {
    this.wire = wire;
    this.specName = specName;
    this.meaning = meaning;
  }

  public int wire() {
    return wire;
  }

  public String specName() {
    return specName;
  }

  public String meaning() {
    return meaning;
  }

  public static Optional<IdRole> find(int wire) {
    for (IdRole r : values()) {
      if (r.wire == wire) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
