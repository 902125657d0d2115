// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

/** The crypto session map of the common header: which crypto sessions the message keys (RFC 3830 §6.1). */
public sealed interface CsIdMap permits SrtpIdMap, EmptyCsIdMap, GenericIdMap {
  /** The HDR "CS ID map type". */
  CsIdMapType type();

  /** The HDR "#CS" field. */
  int csCount();
}
