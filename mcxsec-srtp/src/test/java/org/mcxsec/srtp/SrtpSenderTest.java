// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.PolicyException;

/** Sender checks: one message per refusal, and a key stream is never used twice. */
class SrtpSenderTest {
  private static final SrtpProfile GCM = SrtpProfile.AEAD_AES_128_GCM;

  @Test
  void protect_sameSequenceTwice_throwsPolicy() throws Exception {
    try (SrtpMasterKey key = RtpPackets.key(GCM, Bytes.empty()); SrtpSender sender = new SrtpSender(key)) {
      sender.protect(RtpPackets.rtp(5, 10));
      PolicyException e = assertThrows(PolicyException.class, () -> sender.protect(RtpPackets.rtp(5, 10)));
      assertEquals("SRTP index 5 (ROC 0, SEQ 5) of SSRC 0x12345678 was already protected or is behind the window;"
          + " protecting it would reuse a key stream", e.getMessage());
    }
  }

  @Test
  void protect_lastIndex_thenWrapThrowsPolicy() throws Exception {
    SrtpOptions options = SrtpOptions.defaults().withInitialRoc(0xFFFF_FFFFL);
    try (SrtpMasterKey key = RtpPackets.key(GCM, Bytes.empty()); SrtpSender sender = new SrtpSender(key, options)) {
      sender.protect(RtpPackets.rtp(65535, 1));
      PolicyException e = assertThrows(PolicyException.class, () -> sender.protect(RtpPackets.rtp(0, 1)));
      assertEquals("SRTP index space of SSRC 0x12345678 is used up at sequence number 0; a new master key is needed",
          e.getMessage());
    }
  }

  @Test
  void protect_shortPacket_throwsMalformedNamingLength() {
    try (SrtpMasterKey key = RtpPackets.key(GCM, Bytes.empty()); SrtpSender sender = new SrtpSender(key)) {
      MalformedMessageException e = assertThrows(MalformedMessageException.class,
          () -> sender.protect(Bytes.fromHex("80000001000000")));
      assertEquals("RTP packet of 7 octets is shorter than the 12-octet fixed header", e.getMessage());
    }
  }

  @Test
  void protect_versionOne_throwsMalformedNamingVersion() {
    try (SrtpMasterKey key = RtpPackets.key(GCM, Bytes.empty()); SrtpSender sender = new SrtpSender(key)) {
      MalformedMessageException e = assertThrows(MalformedMessageException.class,
          () -> sender.protect(Bytes.fromHex("400000010000000000000001")));
      assertEquals("RTP version is 1; expected 2", e.getMessage());
    }
  }

  @Test
  void protect_extensionPastEnd_throwsMalformed() {
    try (SrtpMasterKey key = RtpPackets.key(GCM, Bytes.empty()); SrtpSender sender = new SrtpSender(key)) {
      MalformedMessageException e = assertThrows(MalformedMessageException.class,
          () -> sender.protect(Bytes.fromHex("91000001000000000000000100000001bede0004")));
      assertEquals("RTP header (1 CSRCs, header extension) runs past the 20 octets of the packet", e.getMessage());
    }
  }

  @Test
  void protect_noRoom_throwsNamingRoom() {
    try (SrtpMasterKey key = RtpPackets.key(GCM, RtpPackets.mki(4)); SrtpSender sender = new SrtpSender(key)) {
      PacketBuffer buffer = PacketBuffer.copyOf(RtpPackets.rtp(1, 4), 19);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sender.protect(buffer));
      assertEquals("packet buffer has 19 octets of room; protect needs 20", e.getMessage());
    }
  }

  @Test
  void overhead_perProfileAndMki_isTagMkiAndRoc() {
    try (SrtpMasterKey gcm = RtpPackets.key(GCM, RtpPackets.mki(8));
        SrtpMasterKey cm = RtpPackets.key(SrtpProfile.AES_CM_128_HMAC_SHA1_80, RtpPackets.mki(4));
        SrtpSender a = new SrtpSender(gcm, SrtpOptions.defaults().withRccm3(1)); SrtpSender b = new SrtpSender(cm);
        SrtcpSender c = new SrtcpSender(cm)) {
      assertEquals(16 + 8 + 4, a.overhead());
      assertEquals(10 + 4, b.overhead());
      assertEquals(10 + 4 + 4, c.overhead());
    }
  }
}
