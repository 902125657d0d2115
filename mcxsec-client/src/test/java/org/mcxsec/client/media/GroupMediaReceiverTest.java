// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mcxsec.client.GmkEntry;
import org.mcxsec.client.GmkTable;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.srtp.SrtpMasterKey;
import org.mcxsec.testkit.Tamper;

/** Receiving a call's media: the key named by the MKI, only from the call's key group, every tamper rejected. */
class GroupMediaReceiverTest {
  static final Instant NOW = Instant.now();
  final SrtpMediaProtection srtp = new SrtpMediaProtection();
  final GmkEntry g1 = gmk(0x0123_4567, "g1");
  final GmkEntry sc = gmk(0x0765_4321, "sc");

  static GmkEntry gmk(int id, String group) {
    byte[] k = new byte[16];
    byte[] rand = new byte[16];
    for (int i = 0; i < 16; i++) {
      k[i] = (byte) (id >>> (i % 4 * 8));
      rand[i] = (byte) i;
    }
    return new GmkEntry(SecretBytes.wrap(k, InsecureSecretAccess.get()), id, Bytes.copyOf(rand), Set.of(group),
        NOW.minusSeconds(60), NOW.plus(Duration.ofDays(1)), false);
  }

  private byte[] packet(GmkEntry gmk, String sender, int seq) throws Exception {
    byte[] b = new byte[12 + 20 + srtp.overhead()];
    b[0] = (byte) 0x80;
    b[1] = 96;
    b[3] = (byte) seq;
    b[11] = 7;
    try (SrtpMasterKey k = GroupMediaKeys.forSender(gmk, sender);
        MediaProtection.Protector p = srtp.protector(k)) {
      return java.util.Arrays.copyOf(b, p.protect(b, 0, 32));
    }
  }

  private GroupMediaReceiver receiver(String keyGroup, GmkEntry... held) {
    GmkTable t = new GmkTable();
    for (GmkEntry e : held) {
      t.put(new GmkEntry(e.gmk(), e.gmkId(), e.rand(), e.groupIds(), e.activation(), e.expiry(), false));
    }
    return new GroupMediaReceiver(t, keyGroup, srtp);
  }

  @Test
  void receive_senderKeyDerivedFromTheMki_decrypts() throws Exception {
    byte[] p = packet(sc, "sip:alice@x", 1);
    try (GroupMediaReceiver r = receiver("sc", g1, sc)) {
      assertEquals(MediaStatus.OK, r.receive(p, 0, p.length));
      assertEquals(sc.gmkId(), r.lastGmkId());
      assertEquals(32, r.plainLength());
    }
  }

  @Test
  void receive_gmkOfAnotherGroupThanTheCalls_isUnknownKey() throws Exception {
    byte[] p = packet(g1, "sip:alice@x", 1);
    try (GroupMediaReceiver r = receiver("sc", g1, sc)) {
      assertEquals(MediaStatus.UNKNOWN_KEY, r.receive(p, 0, p.length));
    }
  }

  @Test
  void receive_replayed_isReplayed() throws Exception {
    byte[] p = packet(sc, "sip:alice@x", 1);
    try (GroupMediaReceiver r = receiver("sc", sc)) {
      assertEquals(MediaStatus.OK, r.receive(p.clone(), 0, p.length));
      assertEquals(MediaStatus.REPLAYED, r.receive(p.clone(), 0, p.length));
    }
  }

  @Test
  void receive_everyBitFlip_isRejected_andLeavesTheStreamUsable() throws Exception {
    byte[] p = packet(sc, "sip:alice@x", 1);
    try (GroupMediaReceiver r = receiver("sc", sc)) {
      Tamper.everyBitFlip(p).forEach(m -> {
        byte[] x = m.data();
        MediaStatus s = r.receive(x, 0, x.length);
        assertNotEquals(MediaStatus.OK, s, "bit " + m.bit());
      });
      assertEquals(MediaStatus.OK, r.receive(p, 0, p.length));
    }
  }
}
