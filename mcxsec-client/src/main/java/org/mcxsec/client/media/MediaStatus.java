// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.media;

/** Outcome of unprotecting one received media packet; mirrors the SRTP module's per-packet status. */
public enum MediaStatus {
  OK, MALFORMED, UNKNOWN_KEY, AUTH_FAILED, REPLAYED, TOO_OLD
}
