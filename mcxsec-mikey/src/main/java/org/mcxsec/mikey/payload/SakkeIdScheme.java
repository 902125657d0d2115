// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Optional;

/** "ID scheme" of the SAKKE payload (RFC 6509 §4.2; TS 33.180 E.5 for value 2). */
public enum SakkeIdScheme {
  /** RFC 6509 §3.2: tel URI with monthly keys. */
  TEL_URI_MONTHLY_KEYS(1, "tel URI with monthly keys"),
  /** TS 33.180 E.5 "3GPP MCX hashed UID" (the value every real MCX message carries). */
  MCX_HASHED_UID(2, "3GPP MCX hashed UID");

  private final int wire;
  private final String specName;

  SakkeIdScheme(int wire, String specName) {
    this.wire = wire;
    this.specName = specName;
  }

  public int wire() {
    return wire;
  }

  public String specName() {
    return specName;
  }

  public static Optional<SakkeIdScheme> find(int wire) {
    for (SakkeIdScheme s : values()) {
      if (s.wire == wire) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
