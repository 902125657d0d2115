// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.pcap;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;

/**
 * One captured frame of a classic libpcap file.
 *
 * @param timestampNanos capture time in nanoseconds since the epoch
 * @param data the captured octets (at most the snapshot length)
 * @param originalLength the frame's length on the wire
 */
public record PcapRecord(long timestampNanos, Bytes data, int originalLength) {
  public PcapRecord {
    Objects.requireNonNull(data, "data");
    if (originalLength < data.size()) {
      throw new IllegalArgumentException("original length " + originalLength + " is below the captured "
          + data.size() + " octets");
    }
  }

  /** A frame captured whole. */
  public static PcapRecord of(long timestampNanos, Bytes data) {
    return new PcapRecord(timestampNanos, data, data.size());
  }
}
