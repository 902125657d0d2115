// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

/**
 * The general extension payload (RFC 3830 §6.15): {@code next (8) | Type (8) | Length (16) | Data}. TS 33.180 uses
 * type 6 (SAKKE-to-self, E.5) and type 7 (3GPP key parameters, E.6); any other type is kept as octets.
 */
public sealed interface GeneralExtensionPayload extends MikeyPayload
    permits SakkeToSelfExtension, KeyParametersExtension, OtherExtension {
  /** Extension type 6: SAKKE-to-self (TS 33.180 E.5). */
  int SAKKE_TO_SELF = 6;
  /** Extension type 7: 3GPP key parameters (TS 33.180 E.6). */
  int KEY_PARAMETERS = 7;
  /** The largest Data the 16-bit length can announce. */
  int MAX_DATA_OCTETS = 0xffff;

  /** The extension "Type" field. */
  int extensionType();

  @Override
  default PayloadType type() {
    return PayloadType.GENERAL_EXT;
  }
}
