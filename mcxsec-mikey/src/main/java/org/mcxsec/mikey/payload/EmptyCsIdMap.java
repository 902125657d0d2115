// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

/**
 * The empty crypto session map (CS ID map type 1, RFC 4563): no map info. TS 33.180 E.3.1/E.4.1 send it with
 * #CS = 0, and the default security profile then applies. #CS is kept as received so that every message
 * re-encodes to the same octets.
 */
public record EmptyCsIdMap(int csCount) implements CsIdMap {
  /** The map TS 33.180 sends: #CS = 0. */
  public static final EmptyCsIdMap NONE = new EmptyCsIdMap(0);

  public EmptyCsIdMap {
    if (csCount < 0 || csCount > 0xff) {
      throw new IllegalArgumentException("#CS " + csCount + " does not fit one octet");
    }
  }

  @Override
  public CsIdMapType type() {
    return CsIdMapType.EMPTY;
  }
}
