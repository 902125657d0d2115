// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

/** How an I_MESSAGE names its initiator and responder (TS 33.180 E.1.2, E.7). */
public enum IdrForm {
  /** IDRi (role 1) and IDRr (role 2) carrying URIs: the 3GPP form of E.2. */
  URI,
  /** Roles 8 and 9 carrying the 32-octet UIDs (identity hiding, E.7), as some deployed implementations send. */
  UID,
  /**
   * Both: roles 1 and 2 with the URIs, then roles 8 and 9 with the UIDs. A receiver can then open the message
   * knowing neither UID in advance, and one that knows the initiator's KMS checks that the UID belongs to the URI.
   */
  URI_AND_UID
}
