// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.util.Optional;
import org.mcxsec.crypto.McxException;

/**
 * The checks an I_MESSAGE passes before its key is released, in the order {@link IMessageOpener} runs them
 * (TS 33.180 §5.2.6 and the receiving order of the TS 33.180 digest §10). A rejection's message starts with the
 * check's label, e.g. {@code "signature: ECCSI signature does not verify …"}.
 */
public enum OpenCheck {
  /** Wire format and I_MESSAGE shape (RFC 3830, RFC 6509 §4.1, TS 33.180 E.1.2). */
  STRUCTURE("structure"),
  /** T within the allowed clock skew (RFC 3830 §5.4). */
  FRESHNESS("freshness"),
  /** Not a message already accepted (RFC 3830 §5.4 replay cache). */
  REPLAY("replay"),
  /** The message is for this receiver and its KMS (TS 33.180 §5.2.6). */
  RECIPIENT("recipient"),
  /** The initiator's UID and KMS can be determined. */
  SIGNER("signer"),
  /** The ECCSI signature verifies (RFC 6507 §5.2.2, RFC 6509 §4.3). */
  SIGNATURE("signature"),
  /** The initiator may distribute this kind of key (TS 33.180 §5.7: a GMS for a GMK). */
  INITIATOR("initiator"),
  /** SAKKE decapsulation and its R check (RFC 6508 §6.2.2). */
  DECAPSULATION("decapsulation"),
  /** The purpose tag of the CSB ID names a key type (TS 33.180 §5.2.2). */
  PURPOSE_TAG("purpose tag"),
  /** The key ID is consistent with the CS map (TS 33.180 §5.2.3, E.2). */
  KEY_ID("key id"),
  /** The key parameters agree with the message and the key is usable (TS 33.180 E.6). */
  KEY_PARAMETERS("key parameters");

  private final String label;

  OpenCheck(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The message of a rejection by this check. */
  public String reason(String detail) {
    return label + ": " + detail;
  }

  /** The check that produced {@code rejection}, read from its message. */
  public static Optional<OpenCheck> of(McxException rejection) {
    String m = rejection.getMessage();
    for (OpenCheck c : values()) {
      if (m != null && m.startsWith(c.label + ": ")) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
