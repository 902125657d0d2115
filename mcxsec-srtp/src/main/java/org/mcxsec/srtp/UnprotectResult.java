// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import java.util.Objects;
import java.util.function.Function;
import org.mcxsec.crypto.Bytes;

/**
 * The status of an unprotect call on immutable octets, with the plain packet when the status is {@code OK}.
 *
 * @param status what happened to the packet
 * @param packet the plain RTP or RTCP packet when {@code status} is {@code OK}, otherwise empty
 */
public record UnprotectResult(UnprotectStatus status, Bytes packet) {
  public UnprotectResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(packet, "packet");
    if (!status.isOk() && !packet.isEmpty()) {
      throw new IllegalArgumentException("a rejected packet (" + status + ") carries no plain packet");
    }
  }

  /** A rejection without a packet. */
  public static UnprotectResult rejected(UnprotectStatus status) {
    return new UnprotectResult(status, Bytes.empty());
  }

  /** Runs {@code unprotect} on a copy of {@code packet}: the plain packet when it returns {@code OK}. */
  static UnprotectResult onCopy(Bytes packet, Function<PacketBuffer, UnprotectStatus> unprotect) {
    PacketBuffer buffer = PacketBuffer.copyOf(packet, 0);
    UnprotectStatus status = unprotect.apply(buffer);
    return status.isOk() ? new UnprotectResult(status, buffer.toBytes()) : rejected(status);
  }

  public boolean isOk() {
    return status.isOk();
  }
}
