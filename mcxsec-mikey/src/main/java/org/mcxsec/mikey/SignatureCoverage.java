// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

/** Which octets an accepted ECCSI signature covered (TS 33.180 digest §10 step 4, §11). */
public enum SignatureCoverage {
  /** Every octet before the signature value, the SIGN payload's S type / length octets included (RFC 3830 §5.2). */
  WITH_SIGN_HEADER,
  /** The same without the SIGN payload's two header octets: a fallback for implementations that sign that way. */
  WITHOUT_SIGN_HEADER
}
