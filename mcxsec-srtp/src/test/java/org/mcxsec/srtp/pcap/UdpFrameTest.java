// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;

/** IPv4/UDP location in frames, checksums, and frames that are not whole UDP datagrams. */
class UdpFrameTest {
  private static final UdpFrame.Endpoint A = UdpFrame.Endpoint.of(10, 1, 2, 3, 1234);
  private static final UdpFrame.Endpoint B = UdpFrame.Endpoint.of(10, 3, 2, 1, 5678);

  @Test
  void encode_checksums_verifyToZero() {
    Bytes f = UdpFrame.encode(LinkType.RAW, A, B, Bytes.fromHex("0102030405"));
    byte[] b = f.toByteArray();
    assertEquals(0xFFFF, fold(sum(b, 0, 20)));                               // RFC 791 header checksum
    long pseudo = sum(b, 12, 8) + 17 + b.length - 20;
    assertEquals(0xFFFF, fold(pseudo + sum(b, 20, b.length - 20)));         // RFC 768 with pseudo-header
  }

  @Test
  void withPayload_longerPayload_fixesLengthsAndHeaderChecksum() {
    UdpFrame udp = UdpFrame.decode(LinkType.ETHERNET, UdpFrame.encode(LinkType.ETHERNET, A, B, Bytes.fromHex("aa")));
    Bytes out = udp.withPayload(Bytes.fromHex("bbccddeeff"));
    UdpFrame again = UdpFrame.decode(LinkType.ETHERNET, out);
    assertEquals(Bytes.fromHex("bbccddeeff"), again.payload());
    assertEquals(B, again.destination());
    assertEquals(0xFFFF, fold(sum(out.toByteArray(), 14, 20)));
  }

  @Test
  void decode_vlanTaggedEthernet_findsIpv4() {
    Bytes plain = UdpFrame.encode(LinkType.ETHERNET, A, B, Bytes.fromHex("77"));
    Bytes tagged = Bytes.concat(plain.slice(0, 12), Bytes.fromHex("81000064"), plain.slice(12, plain.size()));
    assertEquals(Bytes.fromHex("77"), UdpFrame.decode(LinkType.ETHERNET, tagged).payload());
  }

  @Test
  void decode_fragmentTcpOrShortFrame_isNull() {
    byte[] f = UdpFrame.encode(LinkType.RAW, A, B, Bytes.fromHex("0102")).toByteArray();
    byte[] fragment = f.clone();
    fragment[6] = 0x20;                                                     // more fragments
    byte[] tcp = f.clone();
    tcp[9] = 6;
    assertNull(UdpFrame.decode(LinkType.RAW, Bytes.copyOf(fragment)));
    assertNull(UdpFrame.decode(LinkType.RAW, Bytes.copyOf(tcp)));
    assertNull(UdpFrame.decode(LinkType.RAW, Bytes.copyOf(f, 0, 25)));
    assertNull(UdpFrame.decode(LinkType.LINUX_SLL, Bytes.fromHex("0000")));
  }

  private static long sum(byte[] b, int off, int len) {
    long s = 0;
    for (int i = 0; i < len; i += 2) {
      s += (b[off + i] & 0xFF) << 8 | (i + 1 < len ? b[off + i + 1] & 0xFF : 0);
    }
    return s;
  }

  private static int fold(long s) {
    while ((s >>> 16) != 0) {
      s = (s & 0xFFFF) + (s >>> 16);
    }
    return (int) s;
  }
}
