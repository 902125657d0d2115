// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Objects;

/**
 * General extension type 6, SAKKE-to-self (TS 33.180 E.5): a complete SAKKE payload whose key is encapsulated to
 * the initiator's own UID, so that the initiator's other devices can recover the key. The inner payload's own
 * next-payload octet "is set to 0 and ignored"; it is kept as received so that the message re-encodes exactly.
 *
 * @param innerNextPayload the inner SAKKE payload's next-payload octet
 * @param sakke the inner SAKKE payload
 */
public record SakkeToSelfExtension(int innerNextPayload, SakkePayload sakke) implements GeneralExtensionPayload {
  public SakkeToSelfExtension {
    Objects.requireNonNull(sakke, "sakke");
    if (innerNextPayload < 0 || innerNextPayload > 0xff) {
      throw new IllegalArgumentException("inner next payload " + innerNextPayload + " does not fit one octet");
    }
    if (5 + sakke.data().size() > MAX_DATA_OCTETS) {
      throw new IllegalArgumentException("SAKKE-to-self of " + (5 + sakke.data().size()) + " octets exceeds 65535");
    }
  }

  /** The form a sender produces: inner next payload 0. */
  public static SakkeToSelfExtension of(SakkePayload sakke) {
    return new SakkeToSelfExtension(0, sakke);
  }

  @Override
  public int extensionType() {
    return SAKKE_TO_SELF;
  }
}
