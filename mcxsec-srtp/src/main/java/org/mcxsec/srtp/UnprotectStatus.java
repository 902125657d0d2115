// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

/**
 * Outcome of unprotecting one SRTP or SRTCP packet. A forged, replayed or stale packet is an expected event on a
 * media path, so it is a status, never an exception. Only {@link #OK} changes the receiver's state or the
 * packet buffer.
 */
public enum UnprotectStatus {
  /** Authenticated and decrypted; the buffer now holds the plain packet. */
  OK,
  /** Too short, not RTP/RTCP version 2, or a header that runs past the packet (RFC 3550 §5.1, §6.4). */
  MALFORMED,
  /** The MKI names no master key this receiver holds (RFC 3711 §3.2.1), e.g. an unknown GMK-ID. */
  UNKNOWN_KEY,
  /** The tag did not verify (RFC 3711 §3.3 step 5, RFC 7714 §8.2). */
  AUTH_FAILED,
  /** The packet index was already received (RFC 3711 §3.3.2). */
  REPLAYED,
  /** The packet index is behind the replay window (RFC 3711 §3.3.2). */
  TOO_OLD;

  public boolean isOk() {
    return this == OK;
  }
}
