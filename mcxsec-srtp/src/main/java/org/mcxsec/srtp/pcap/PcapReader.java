// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.pcap;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;

/**
 * Reads a classic libpcap file: a 24-octet global header, then records of a 16-octet header and the captured
 * octets. Either byte order, microsecond ({@code a1b2c3d4}) or nanosecond ({@code a1b23c4d}) timestamps.
 *
 * <pre>
 *   global: magic(4) version 2.4 (2+2) thiszone(4) sigfigs(4) snaplen(4) linktype(4)
 *   record: ts_sec(4) ts_frac(4) incl_len(4) orig_len(4) data(incl_len)
 * </pre>
 *
 * A record longer than {@link #MAX_RECORD_OCTETS} is refused before anything is allocated.
 *
 * <p>Thread safety: not thread-safe.
 */
public final class PcapReader implements AutoCloseable {
  /** Largest record accepted (the usual snapshot length cap). */
  public static final int MAX_RECORD_OCTETS = 262_144;

  private final DataInputStream in;
  private final boolean swapped;
  private final boolean nanos;
  private final LinkType linkType;
  private long offset;

  /**
   * Reads the global header.
   *
   * @throws MalformedMessageException if the magic, version or link type is not one this reader supports
   */
  public PcapReader(InputStream input) throws IOException, MalformedMessageException {
    in = new DataInputStream(input);
    int magic;
    try {
      magic = in.readInt();
    } catch (EOFException e) {
      throw new MalformedMessageException("pcap header: file is shorter than the 4-octet magic number");
    }
    switch (magic) {
      case 0xA1B2C3D4 -> { swapped = false; nanos = false; }
      case 0xD4C3B2A1 -> { swapped = true; nanos = false; }
      case 0xA1B23C4D -> { swapped = false; nanos = true; }
      case 0x4D3CB2A1 -> { swapped = true; nanos = true; }
      default -> throw new MalformedMessageException(String.format("pcap header: magic number 0x%08x is not a"
          + " classic libpcap magic (a1b2c3d4 or a1b23c4d, either byte order; pcapng is not supported)", magic));
    }
    byte[] rest = readFully(20, "pcap header");
    int major = u16(rest, 0);
    int minor = u16(rest, 2);
    if (major != 2) {
      throw new MalformedMessageException("pcap header: version " + major + "." + minor + "; expected 2.4");
    }
    linkType = LinkType.fromWire(u32(rest, 16));
    offset = 24;
  }

  public LinkType linkType() {
    return linkType;
  }

  /**
   * The next record, or null at the end of the file.
   *
   * @throws MalformedMessageException if a record header is cut short, a length exceeds the cap, or the data is
   *     cut short
   */
  public PcapRecord next() throws IOException, MalformedMessageException {
    byte[] h = new byte[16];
    int n = in.readNBytes(h, 0, 16);
    if (n == 0) {
      return null;
    }
    if (n < 16) {
      throw new MalformedMessageException("pcap record at offset " + offset + ": header cut short after " + n
          + " of 16 octets");
    }
    long seconds = u32(h, 0) & 0xFFFF_FFFFL;
    long fraction = u32(h, 4) & 0xFFFF_FFFFL;
    long included = u32(h, 8) & 0xFFFF_FFFFL;
    long original = u32(h, 12) & 0xFFFF_FFFFL;
    if (included > MAX_RECORD_OCTETS) {
      throw new MalformedMessageException("pcap record at offset " + offset + ": captured length " + included
          + " exceeds " + MAX_RECORD_OCTETS);
    }
    byte[] data = readFully((int) included, "pcap record at offset " + offset);
    offset += 16 + included;
    long ts = seconds * 1_000_000_000L + (nanos ? fraction : fraction * 1000);
    return new PcapRecord(ts, Bytes.copyOf(data), (int) Math.min(Integer.MAX_VALUE, Math.max(original, included)));
  }

  private byte[] readFully(int len, String where) throws IOException, MalformedMessageException {
    byte[] b = in.readNBytes(len);
    if (b.length < len) {
      throw new MalformedMessageException(where + ": cut short after " + b.length + " of " + len + " octets");
    }
    return b;
  }

  private int u16(byte[] b, int off) {
    int v = (b[off] & 0xFF) << 8 | (b[off + 1] & 0xFF);
    return swapped ? Integer.reverseBytes(v) >>> 16 : v;
  }

  private int u32(byte[] b, int off) {
    int v = (b[off] & 0xFF) << 24 | (b[off + 1] & 0xFF) << 16 | (b[off + 2] & 0xFF) << 8 | (b[off + 3] & 0xFF);
    return swapped ? Integer.reverseBytes(v) : v;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
