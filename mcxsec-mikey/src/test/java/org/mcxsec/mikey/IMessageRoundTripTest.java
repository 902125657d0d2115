// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.kdf.UserSalt;
import org.mcxsec.crypto.sakke.SakkeReceiverKey;
import org.mcxsec.mikey.payload.CommonHeader;
import org.mcxsec.mikey.payload.GenericIdMap;
import org.mcxsec.mikey.payload.IdRole;
import org.mcxsec.mikey.payload.IdrPayload;
import org.mcxsec.mikey.payload.PayloadType;
import org.mcxsec.mikey.payload.SakkePayload;
import org.mcxsec.mikey.testing.BcEccsi;
import org.mcxsec.mikey.testing.BcSakkeCheck;
import org.mcxsec.mikey.testing.Fixture;

/** Messages we create open with our receiver, in every form we send; the layout is the 3GPP one. */
class IMessageRoundTripTest {
  private static final Fixture F = new Fixture(1);
  private final Fixture f = F;

  @Test
  void createGmk_openedByMember_recoversKeyIdsAndParameters() throws McxException {
    SecretBytes gmk = f.randomKey();
    int gmkId = KeyType.GMK.keyId(0x0bf9d37);
    Bytes rand = f.randomRand();
    Bytes message = f.creator(f.gms).createGmk(gmk, gmkId, rand, f.alice, f.z, List.of("sip:fire@example.org"));
    try (OpenedKey k = f.opener(f.alice).build().open(message)) {
      assertEquals(KeyType.GMK, k.keyType());
      assertTrue(k.key().equalsConstantTime(gmk));
      assertEquals(gmkId, k.keyId());
      assertEquals(UserSalt.gukId(gmkId, gmk, f.alice.uri()), k.csbId());
      assertEquals(rand, k.rand());
      assertEquals(OptionalInt.of(4), k.csId());
      assertEquals(OptionalInt.of(1), k.status());
      assertEquals(List.of("sip:fire@example.org"), k.groupIds());
      assertEquals(f.gms.uri(), k.signer());
      assertEquals(f.gms.uidAt(Fixture.NTP_NOW), k.signerUid());
      assertEquals(SignatureCoverage.WITH_SIGN_HEADER, k.coverage());
      assertEquals(f.periodNow, k.keyPeriodNo().orElseThrow());
      assertFalse(k.sakkeToSelf());
    }
  }

  @Test
  void createGmk_layout_isThe3gppOne() throws McxException {
    SecretBytes gmk = f.randomKey();
    int gmkId = KeyType.GMK.keyId(0x1234567);
    Bytes message = f.creator(f.gms).createGmk(gmk, gmkId, f.randomRand(), f.alice, f.z, List.of());
    MikeyMessage m = new MikeyCodec().decode(message);
    CommonHeader h = m.header();
    assertEquals(26, h.dataType().wire());
    assertFalse(h.verification());
    assertEquals(1, h.prfFunc());
    GenericIdMap.Entry e = assertInstanceOf(GenericIdMap.class, h.csIdMap()).entries().get(0);
    int gukId = UserSalt.gukId(gmkId, gmk, f.alice.uri());
    assertEquals(Bytes.fromHex(String.format("%08x%08x", gmkId, gukId)), e.spi());
    assertEquals(List.of(PayloadType.T, PayloadType.RAND, PayloadType.IDR, PayloadType.IDR, PayloadType.IDR,
        PayloadType.IDR, PayloadType.SAKKE, PayloadType.GENERAL_EXT, PayloadType.SIGN),
        m.payloads().stream().map(p -> p.type()).toList());
    List<IdrPayload> idrs = m.payloadsOf(IdrPayload.class);
    assertEquals(List.of(IdRole.IDRI, IdRole.IDRR, IdRole.IDRKMSI, IdRole.IDRKMSR),
        idrs.stream().map(IdrPayload::role).toList());
    assertEquals(f.gms.uri(), idrs.get(0).text());
    assertEquals(f.alice.uri(), idrs.get(1).text());
    assertEquals(Fixture.KMS_URI, idrs.get(2).text());
  }

  @Test
  void createGmk_checkedIndependently_bcEccsiSignatureAndBcSakkeR() throws McxException {
    SecretBytes gmk = f.randomKey();
    Bytes message = f.creator(f.gms).createGmk(gmk, KeyType.GMK.keyId(7), f.randomRand(), f.alice, f.z, List.of());
    MikeyMessage m = new MikeyCodec().decode(message);
    // ECCSI over every octet before the 129 signature octets, SIGN header included
    assertEquals(message.slice(0, message.size() - 129), m.signedOctets());
    BcEccsi.verify(f.certificate.kpak(), f.gms.uidAt(Fixture.NTP_NOW), m.signedOctets(),
        m.signature().orElseThrow().signature());
    // SAKKE: R = [r]([b]P + Z) for the GMK and the member's UID of the period of T, with RFC encodings
    Bytes data = m.payloadsOf(SakkePayload.class).get(0).data();
    assertEquals(BcSakkeCheck.expectedR(f.z, f.alice.uidAt(Fixture.NTP_NOW),
        Bytes.copyOf(gmk.toByteArray(InsecureSecretAccess.get()))), data.slice(0, 257));
  }

  @Test
  void createPck_withUidIdrs_openedByCallee() throws McxException {
    SecretBytes pck = f.randomKey();
    int pckId = KeyType.PCK.keyId(0x6992638);
    KeyDelivery d = KeyDelivery.pck(pckId, f.randomRand(), f.bob, f.z).withIdrForm(IdrForm.UID);
    Bytes message = f.creator(f.alice).create(pck, d);
    try (OpenedKey k = f.opener(f.bob).build().open(message)) {
      assertEquals(KeyType.PCK, k.keyType());
      assertTrue(k.key().equalsConstantTime(pck));
      assertEquals(pckId, k.keyId());
      assertEquals(pckId, k.csbId());
      assertEquals(OptionalInt.empty(), k.csId());
      assertEquals(f.alice.uidAt(Fixture.NTP_NOW).toHex(), k.signer());
      assertEquals(List.of(), k.groupIds());
    }
  }

  @Test
  void createCsk_openedByServer_csIdSix() throws McxException {
    SecretBytes csk = f.randomKey();
    int cskId = KeyType.CSK.keyId(0xddd5bf0);
    Bytes message = f.creator(f.alice).create(csk, KeyDelivery.csk(cskId, f.randomRand(), f.bob, f.z));
    try (OpenedKey k = f.opener(f.bob).build().open(message)) {
      assertEquals(KeyType.CSK, k.keyType());
      assertEquals(cskId, k.keyId());
      assertEquals(OptionalInt.of(6), k.csId());
      assertTrue(k.key().equalsConstantTime(csk));
    }
  }

  @Test
  void createGmkWithSakkeToSelf_openedByTheGmsOtherDevice() throws McxException {
    SecretBytes gmk = f.randomKey();
    int gmkId = KeyType.GMK.keyId(0x0abcdef);
    KeyDelivery d = KeyDelivery.gmk(gmkId, f.randomRand(), f.alice, f.z, List.of("sip:g@example.org"))
        .withSakkeToSelf(f.z);
    Bytes message = f.creator(f.gms).create(gmk, d);
    try (OpenedKey k = f.opener(f.gms).build().open(message)) {
      assertTrue(k.sakkeToSelf());
      assertTrue(k.key().equalsConstantTime(gmk));
      assertEquals(gmkId, k.keyId());
    }
    try (OpenedKey k = f.opener(f.alice).build().open(message)) {
      assertFalse(k.sakkeToSelf());
      assertEquals(gmkId, k.keyId());
    }
  }

  @Test
  void open_receiverKeyOfPreviousPeriod_triesTheOtherProvisionedPeriod() throws McxException {
    SecretBytes gmk = f.randomKey();
    Bytes message = f.creator(f.gms).createGmk(gmk, KeyType.GMK.keyId(1), f.randomRand(), f.alice, f.z, List.of());
    IMessageOpener opener = IMessageOpener.builder(f.alice.uri()).kms(f.certificate).clock(f.clock).keySet(f.keySet(f.alice, f.periodNow - 1)).keySet(f.keySet(f.alice, f.periodNow + 1))
        .keySet(f.keySet(f.alice, f.periodNow)).build();
    try (OpenedKey k = opener.open(message)) {
      assertEquals(f.periodNow, k.keyPeriodNo().orElseThrow());
    }
  }

  @Test
  void open_keyForMessageUidAndKpakOnly_opensUidForm() throws McxException {
    SecretBytes pck = f.randomKey();
    Bytes message = f.creator(f.alice).create(pck, KeyDelivery.pck(KeyType.PCK.keyId(3), f.randomRand(), f.bob, f.z)
        .withIdrForm(IdrForm.UID));
    Bytes bobUid = f.bob.uidAt(Fixture.NTP_NOW);
    try (SakkeReceiverKey rsk = f.sakkeKms.issue(bobUid)) {
      IMessageOpener opener = IMessageOpener.builder(f.bob.uri()).kpakOnly(f.certificate.kpak()).clock(f.clock)
          .keyForMessageUid(ReceiverKeyFactory.sakke(f.z, rsk.rsk())).build();
      try (OpenedKey k = opener.open(message)) {
        assertTrue(k.key().equalsConstantTime(pck));
        assertTrue(k.keyPeriodNo().isEmpty());
      }
    }
  }
}
