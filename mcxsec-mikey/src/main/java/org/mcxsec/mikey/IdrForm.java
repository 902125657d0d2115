// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

/** How an I_MESSAGE names its initiator and responder (TS 33.180 E.1.2, E.7). */
public enum IdrForm {
  /** IDRi (role 1) and IDRr (role 2) carrying URIs: the 3GPP form of E.2. */
  URI,
  /** Roles 8 and 9 carrying the 32-octet UIDs (identity hiding, E.7). */
  UID
}
