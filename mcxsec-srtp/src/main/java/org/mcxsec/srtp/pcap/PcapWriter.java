// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.pcap;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.mcxsec.crypto.Bytes;

/**
 * Writes a classic libpcap file (little-endian, nanosecond timestamps, magic {@code a1b23c4d}), readable by
 * Wireshark and tcpdump.
 *
 * <p>Thread safety: not thread-safe.
 */
public final class PcapWriter implements AutoCloseable {
  private static final int SNAPLEN = PcapReader.MAX_RECORD_OCTETS;

  private final OutputStream out;
  private final LinkType linkType;
  private final byte[] header = new byte[24];

  /** Writes the global header for {@code linkType}. */
  public PcapWriter(OutputStream output, LinkType linkType) throws IOException {
    this.out = new BufferedOutputStream(output);
    this.linkType = linkType;
    le32(header, 0, 0xA1B23C4D);
    le16(header, 4, 2);
    le16(header, 6, 4);
    le32(header, 16, SNAPLEN);
    le32(header, 20, linkType.wire());
    out.write(header, 0, 24);
  }

  public LinkType linkType() {
    return linkType;
  }

  /** Appends one record. */
  public void write(PcapRecord record) throws IOException {
    if (record.data().size() > SNAPLEN) {
      throw new IllegalArgumentException("record of " + record.data().size() + " octets exceeds " + SNAPLEN);
    }
    long ts = record.timestampNanos();
    le32(header, 0, (int) (ts / 1_000_000_000L));
    le32(header, 4, (int) (ts % 1_000_000_000L));
    le32(header, 8, record.data().size());
    le32(header, 12, record.originalLength());
    out.write(header, 0, 16);
    out.write(record.data().toByteArray());
  }

  /** Writes one UDP datagram over IPv4, framed for this file's link type (see {@link UdpFrame#encode}). */
  public void writeUdp(long timestampNanos, UdpFrame.Endpoint source, UdpFrame.Endpoint destination,
      Bytes payload) throws IOException {
    write(PcapRecord.of(timestampNanos, UdpFrame.encode(linkType, source, destination, payload)));
  }

  private static void le16(byte[] b, int off, int v) {
    b[off] = (byte) v;
    b[off + 1] = (byte) (v >>> 8);
  }

  private static void le32(byte[] b, int off, int v) {
    b[off] = (byte) v;
    b[off + 1] = (byte) (v >>> 8);
    b[off + 2] = (byte) (v >>> 16);
    b[off + 3] = (byte) (v >>> 24);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  /** Flushes buffered records to the underlying stream. */
  public void flush() throws IOException {
    out.flush();
  }
}
