// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.pcap;

import java.util.Objects;
import org.mcxsec.crypto.Bytes;

/**
 * A UDP datagram over IPv4 inside a captured link-layer frame (RFC 791, RFC 768), located without copying.
 * Fragments, IPv6 and frames whose lengths disagree are not UDP datagrams here: {@link #decode} answers null.
 *
 * @param linkType the capture's link type
 * @param frame the whole captured frame
 * @param ipOffset where the IPv4 header starts
 * @param udpOffset where the UDP header starts
 */
public record UdpFrame(LinkType linkType, Bytes frame, int ipOffset, int udpOffset) {
  private static final int ETHERTYPE_IPV4 = 0x0800;

  public UdpFrame {
    Objects.requireNonNull(linkType, "linkType");
    Objects.requireNonNull(frame, "frame");
    if (ipOffset < 0 || udpOffset < ipOffset + 20 || udpOffset + 8 > frame.size()) {
      throw new IllegalArgumentException("IP offset " + ipOffset + " and UDP offset " + udpOffset
          + " do not fit a frame of " + frame.size() + " octets");
    }
  }

  /** An IPv4 address and UDP port. */
  public record Endpoint(Bytes address, int port) {
    public Endpoint {
      if (address.size() != 4) {
        throw new IllegalArgumentException("IPv4 address has " + address.size() + " octets; expected 4");
      }
      if (port < 0 || port > 0xFFFF) {
        throw new IllegalArgumentException("UDP port " + port + " is outside [0, 65535]");
      }
    }

    /** The endpoint {@code a.b.c.d:port}. */
    public static Endpoint of(int a, int b, int c, int d, int port) {
      return new Endpoint(Bytes.copyOf(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d}), port);
    }

    @Override
    public String toString() {
      return address.get(0) + "." + address.get(1) + "." + address.get(2) + "." + address.get(3) + ":" + port;
    }
  }

  /** The UDP datagram in {@code frame}, or null if the frame carries none (or a fragment of one). */
  public static UdpFrame decode(LinkType linkType, Bytes frame) {
    int n = frame.size();
    int ip;
    switch (linkType) {
      case ETHERNET -> {
        int type = n >= 14 ? u16(frame, 12) : -1;
        ip = 14;
        while ((type == 0x8100 || type == 0x88A8) && ip + 4 <= n) {   // IEEE 802.1Q / 802.1ad tags
          type = u16(frame, ip + 2);
          ip += 4;
        }
        if (type != ETHERTYPE_IPV4) {
          return null;
        }
      }
      case LINUX_SLL -> {
        if (n < 16 || u16(frame, 14) != ETHERTYPE_IPV4) {
          return null;
        }
        ip = 16;
      }
      default -> ip = 0;
    }
    // RFC 791 §3.1: version 4, IHL >= 5, protocol 17, not a fragment, total length within the capture
    if (ip + 20 > n || frame.get(ip) >>> 4 != 4) {
      return null;
    }
    int ihl = 4 * (frame.get(ip) & 0x0F);
    int total = u16(frame, ip + 2);
    if (ihl < 20 || total < ihl + 8 || ip + total > n || frame.get(ip + 9) != 17
        || (u16(frame, ip + 6) & 0x3FFF) != 0) {
      return null;
    }
    int udp = ip + ihl;
    int udpLength = u16(frame, udp + 4);                // RFC 768: header and data
    if (udpLength < 8 || udp + udpLength > ip + total) {
      return null;
    }
    return new UdpFrame(linkType, frame, ip, udp);
  }

  public Endpoint source() {
    return new Endpoint(frame.slice(ipOffset + 12, ipOffset + 16), u16(frame, udpOffset));
  }

  public Endpoint destination() {
    return new Endpoint(frame.slice(ipOffset + 16, ipOffset + 20), u16(frame, udpOffset + 2));
  }

  /** The UDP payload. */
  public Bytes payload() {
    return frame.slice(udpOffset + 8, udpOffset + u16(frame, udpOffset + 4));
  }

  /**
   * The same frame with {@code payload} in place of the UDP payload: IP total length and header checksum and UDP
   * length updated, UDP checksum set to 0 (none, allowed over IPv4 by RFC 768).
   */
  public Bytes withPayload(Bytes payload) {
    byte[] out = new byte[udpOffset + 8 + payload.size()];
    frame.slice(0, udpOffset + 8).copyTo(out, 0);
    payload.copyTo(out, udpOffset + 8);
    put16(out, ipOffset + 2, udpOffset - ipOffset + 8 + payload.size());
    put16(out, ipOffset + 10, 0);
    put16(out, ipOffset + 10, checksum(out, ipOffset, udpOffset - ipOffset, 0));
    put16(out, udpOffset + 4, 8 + payload.size());
    put16(out, udpOffset + 6, 0);
    return Bytes.copyOf(out);
  }

  /** A frame of {@code linkType} carrying {@code payload} from {@code source} to {@code destination}. */
  public static Bytes encode(LinkType linkType, Endpoint source, Endpoint destination, Bytes payload) {
    int ip = switch (linkType) {
      case ETHERNET -> 14;
      case LINUX_SLL -> 16;
      default -> 0;
    };
    int total = 20 + 8 + payload.size();
    if (total > 0xFFFF) {
      throw new IllegalArgumentException("UDP payload of " + payload.size() + " octets does not fit IPv4");
    }
    byte[] out = new byte[ip + total];
    if (linkType == LinkType.ETHERNET) {
      out[0] = 0x02;                                  // locally administered MACs
      out[5] = 0x02;
      out[6] = 0x02;
      out[11] = 0x01;
      put16(out, 12, ETHERTYPE_IPV4);
    } else if (linkType == LinkType.LINUX_SLL) {
      put16(out, 2, 1);                               // ARPHRD_ETHER
      put16(out, 4, 6);
      out[6] = 0x02;
      out[11] = 0x01;
      put16(out, 14, ETHERTYPE_IPV4);
    }
    out[ip] = 0x45;
    put16(out, ip + 2, total);
    put16(out, ip + 6, 0x4000);                       // don't fragment
    out[ip + 8] = 64;
    out[ip + 9] = 17;
    source.address().copyTo(out, ip + 12);
    destination.address().copyTo(out, ip + 16);
    put16(out, ip + 10, checksum(out, ip, 20, 0));
    int udp = ip + 20;
    put16(out, udp, source.port());
    put16(out, udp + 2, destination.port());
    put16(out, udp + 4, 8 + payload.size());
    payload.copyTo(out, udp + 8);
    // RFC 768: checksum over the pseudo-header (addresses, protocol, UDP length) and the datagram
    long pseudo = sum(out, ip + 12, 8) + 17 + 8 + payload.size();
    int c = checksum(out, udp, 8 + payload.size(), pseudo);
    put16(out, udp + 6, c == 0 ? 0xFFFF : c);
    return Bytes.copyOf(out);
  }

  private static int checksum(byte[] b, int off, int len, long initial) {
    long s = initial + sum(b, off, len);
    while ((s >>> 16) != 0) {
      s = (s & 0xFFFF) + (s >>> 16);
    }
    return (int) ~s & 0xFFFF;
  }

  private static long sum(byte[] b, int off, int len) {
    long s = 0;
    for (int i = 0; i + 1 < len; i += 2) {
      s += (b[off + i] & 0xFF) << 8 | (b[off + i + 1] & 0xFF);
    }
    if ((len & 1) != 0) {
      s += (b[off + len - 1] & 0xFF) << 8;
    }
    return s;
  }

  private static int u16(Bytes b, int off) {
    return b.get(off) << 8 | b.get(off + 1);
  }

  private static void put16(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 8);
    b[off + 1] = (byte) v;
  }
}
