// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;

/** Classic libpcap files: round trips for every link type, both byte orders, and exact errors. */
class PcapReaderTest {
  private static final UdpFrame.Endpoint A = UdpFrame.Endpoint.of(10, 0, 0, 1, 40000);
  private static final UdpFrame.Endpoint B = UdpFrame.Endpoint.of(192, 168, 7, 9, 5004);

  @ParameterizedTest
  @EnumSource(LinkType.class)
  void readNext_writtenUdpFrames_roundTrip(LinkType type) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PcapWriter w = new PcapWriter(out, type)) {
      w.writeUdp(1_700_000_000_123_456_789L, A, B, Bytes.fromHex("80e1000100000002deadbeef"));
      w.writeUdp(1_700_000_001_000_000_000L, B, A, Bytes.empty());
    }
    try (PcapReader r = new PcapReader(new ByteArrayInputStream(out.toByteArray()))) {
      assertEquals(type, r.linkType());
      PcapRecord first = r.next();
      assertEquals(1_700_000_000_123_456_789L, first.timestampNanos());
      UdpFrame udp = UdpFrame.decode(type, first.data());
      assertEquals(A, udp.source());
      assertEquals(B, udp.destination());
      assertEquals(Bytes.fromHex("80e1000100000002deadbeef"), udp.payload());
      assertEquals(Bytes.empty(), UdpFrame.decode(type, r.next().data()).payload());
      assertNull(r.next());
    }
  }

  @Test
  void new_bigEndianMicrosecondFile_readsRecords() throws Exception {
    Bytes frame = UdpFrame.encode(LinkType.RAW, A, B, Bytes.fromHex("0102"));
    String file = "a1b2c3d4" + "00020004" + "00000000" + "00000000" + "0000ffff" + "00000065"
        + "00000010" + "00000020" + String.format("%08x%08x", frame.size(), frame.size()) + frame.toHex();
    try (PcapReader r = new PcapReader(new ByteArrayInputStream(Bytes.fromHex(file).toByteArray()))) {
      assertEquals(LinkType.RAW, r.linkType());
      PcapRecord rec = r.next();
      assertEquals(16_000_032_000L, rec.timestampNanos());
      assertEquals(Bytes.fromHex("0102"), UdpFrame.decode(LinkType.RAW, rec.data()).payload());
    }
  }

  @Test
  void new_pcapngMagic_throwsNamingMagic() {
    MalformedMessageException e = assertThrows(MalformedMessageException.class,
        () -> new PcapReader(new ByteArrayInputStream(Bytes.fromHex("0a0d0d0a00000000").toByteArray())));
    assertEquals("pcap header: magic number 0x0a0d0d0a is not a classic libpcap magic (a1b2c3d4 or a1b23c4d,"
        + " either byte order; pcapng is not supported)", e.getMessage());
  }

  @Test
  void new_unknownLinkType_throwsNamingType() {
    String header = "d4c3b2a1" + "02000400" + "00000000" + "00000000" + "ffff0000" + "69000000";
    MalformedMessageException e = assertThrows(MalformedMessageException.class,
        () -> new PcapReader(new ByteArrayInputStream(Bytes.fromHex(header).toByteArray())));
    assertEquals("pcap header: link type 105 is not supported; expected 1 (Ethernet), 101 (raw IP), 113 (Linux"
        + " cooked) or 228 (IPv4)", e.getMessage());
  }

  @Test
  void new_truncatedHeader_throwsNamingLength() {
    MalformedMessageException e = assertThrows(MalformedMessageException.class,
        () -> new PcapReader(new ByteArrayInputStream(Bytes.fromHex("d4c3b2a10200").toByteArray())));
    assertEquals("pcap header: cut short after 2 of 20 octets", e.getMessage());
  }

  @Test
  void next_hugeRecord_throwsBeforeAllocating() throws Exception {
    String file = "d4c3b2a1" + "02000400" + "00000000" + "00000000" + "ffff0000" + "65000000"
        + "00000000" + "00000000" + "ffffff7f" + "ffffff7f";
    try (PcapReader r = new PcapReader(new ByteArrayInputStream(Bytes.fromHex(file).toByteArray()))) {
      MalformedMessageException e = assertThrows(MalformedMessageException.class, r::next);
      assertEquals("pcap record at offset 24: captured length 2147483647 exceeds 262144", e.getMessage());
    }
  }

  @Test
  void next_recordCutShort_throwsNamingOffset() throws Exception {
    String file = "d4c3b2a1" + "02000400" + "00000000" + "00000000" + "ffff0000" + "65000000"
        + "00000000" + "00000000" + "10000000" + "10000000" + "4500";
    try (PcapReader r = new PcapReader(new ByteArrayInputStream(Bytes.fromHex(file).toByteArray()))) {
      MalformedMessageException e = assertThrows(MalformedMessageException.class, r::next);
      assertEquals("pcap record at offset 24: cut short after 2 of 16 octets", e.getMessage());
    }
  }
}
