// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.mikey.keyparams.KeyParameters;
import org.mcxsec.mikey.keyparams.KeyParametersCipher;
import org.mcxsec.mikey.payload.CommonHeader;
import org.mcxsec.mikey.payload.GenericIdMap;
import org.mcxsec.mikey.payload.IdRole;
import org.mcxsec.mikey.payload.IdType;
import org.mcxsec.mikey.payload.IdrPayload;
import org.mcxsec.mikey.payload.KeyParametersExtension;
import org.mcxsec.mikey.payload.MikeyPayload;
import org.mcxsec.mikey.payload.ProtocolType;
import org.mcxsec.mikey.payload.RandPayload;
import org.mcxsec.mikey.payload.SakkePayload;
import org.mcxsec.mikey.payload.SignaturePayload;
import org.mcxsec.mikey.payload.SignatureType;
import org.mcxsec.mikey.payload.TimestampPayload;
import org.mcxsec.mikey.testing.Fixture;
import org.mcxsec.testkit.FixedSecureRandom;

/** One exact rejection per check of the opener, each for a message that passes every earlier check. */
class IMessageOpenerRejectTest {
  private static final int GMK_ID = 0x0bf9d37;
  private static final Fixture F = new Fixture(2);
  private static final SecretBytes GMK = F.randomKey();
  private static final Bytes MESSAGE = create();
  private final Fixture f = F;
  private final SecretBytes gmk = GMK;
  private final Bytes message = MESSAGE;

  private static Bytes create() {
    try {
      return F.creator(F.gms).createGmk(GMK, GMK_ID, F.randomRand(), F.alice, F.z, List.of("sip:g@example.org"));
    } catch (McxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void open_missingT_structure() throws McxException {
    assertRejected(MalformedMessageException.class, "structure: no T payload; an I_MESSAGE carries exactly one "
        + "(RFC 6509 §4.1)", resigned(h -> h, p -> without(p, TimestampPayload.class)));
  }

  @Test
  void open_duplicatedRand_structure() throws McxException {
    Bytes twice = resigned(h -> h, p -> {
      p.add(2, new RandPayload(f.randomRand()));
      return p;
    });
    assertRejected(MalformedMessageException.class, "structure: 2 RAND payloads (at offsets 35, 53); an I_MESSAGE "
        + "carries exactly one (RFC 6509 §4.1)", twice);
  }

  @Test
  void open_truncated_structureWithCodecDetail() {
    assertRejected(MalformedMessageException.class, "structure: SIGN payload at offset " + (message.size() - 131)
        + ": Signature length 129 exceeds the 128 octets remaining at offset " + (message.size() - 129),
        message.slice(0, message.size() - 1));
  }

  @Test
  void open_fiveMinutesAndOneSecondLater_freshness() {
    Clock later = Clock.offset(f.clock, Duration.ofSeconds(301));
    assertRejected(PolicyException.class, "freshness: T 2025-10-02T23:47:52Z is more than PT5M before the receiver's "
        + "time 2025-10-02T23:52:53Z", message, b -> b.clock(later));
  }

  @Test
  void open_fromTheFuture_freshness() {
    Clock earlier = Clock.offset(f.clock, Duration.ofMinutes(-6));
    assertRejected(PolicyException.class, "freshness: T 2025-10-02T23:47:52Z is more than PT5M after the receiver's "
        + "time 2025-10-02T23:41:52Z", message, b -> b.clock(earlier));
  }

  @Test
  void open_sameMessageTwice_replay() throws McxException {
    IMessageOpener opener = f.opener(f.alice).build();
    opener.open(message).close();
    assertRejected(PolicyException.class, "replay: the message was already accepted (T 2025-10-02T23:47:52Z)",
        opener, message);
  }

  @Test
  void open_sameMessageWithMalleatedSignature_replay() throws McxException {
    IMessageOpener opener = f.opener(f.alice).build();
    opener.open(message).close();
    // a different signature value over the same signed octets must not pass as a new message
    Bytes other = Bytes.concat(message.slice(0, message.size() - 129), Bytes.copyOf(new byte[129]));
    assertRejected(PolicyException.class, "replay: the message was already accepted (T 2025-10-02T23:47:52Z)",
        opener, other);
  }

  @Test
  void open_byAnotherUser_recipient() {
    assertRejected(PolicyException.class, "recipient: the responder 'sip:alice@example.org' is not this receiver "
        + "(sip:bob@example.org)", f.opener(f.bob).build(), message);
  }

  @Test
  void open_responderKmsNotMine_recipient() throws McxException {
    Bytes other = resigned(h -> h, p -> replaceIdr(p, IdrPayload.uri(IdRole.IDRKMSR, "kms.other.org")));
    assertRejected(PolicyException.class, "recipient: IDRkmsr 'kms.other.org' is not this receiver's KMS "
        + "'kms.example.org'", other);
  }

  @Test
  void open_initiatorKmsUnknown_signer() throws McxException {
    Bytes other = resigned(h -> h, p -> replaceIdr(p, IdrPayload.uri(IdRole.IDRKMSI, "kms.other.org")));
    assertRejected(PolicyException.class, "signer: the initiator's KMS 'kms.other.org' is not a known KMS", other);
  }

  @Test
  void open_role8UidNotTheIdriUid_signer() throws McxException {
    Bytes bobUid = f.bob.uidAt(Fixture.NTP_NOW);
    Bytes other = resigned(h -> h, p -> {
      p.add(3, new IdrPayload(IdRole.IDRUIDI, IdType.URI, bobUid));
      return p;
    });
    assertRejected(PolicyException.class, "signer: IDR role 8 UID " + bobUid + " is not the UID of IDRi "
        + "'sip:gms@example.org' in key periods [" + f.periodNow + ", " + (f.periodNow - 1) + ", "
        + (f.periodNow + 1) + "]", other);
  }

  @Test
  void open_resignedByWrongIdentity_signature() throws McxException {
    Bytes forged = Fixture.resign(message, f.signer(f.bob), h -> h, p -> p);
    assertRejected(VerificationFailedException.class, "signature: ECCSI signature does not verify for initiator "
        + "sip:gms@example.org (3 key period UIDs tried) under the KPAK of kms.example.org", forged);
  }

  @Test
  void open_signedWithoutSignHeader_opensWithReportedCoverageUnlessRefused() throws McxException {
    Bytes noHeader = signedWithoutHeader(message);
    try (OpenedKey k = f.opener(f.alice).build().open(noHeader)) {
      assertEquals(SignatureCoverage.WITHOUT_SIGN_HEADER, k.coverage());
    }
    assertRejected(VerificationFailedException.class, "signature: ECCSI signature does not verify for initiator "
        + "sip:gms@example.org (3 key period UIDs tried) under the KPAK of kms.example.org", noHeader,
        b -> b.acceptSignatureWithoutSignHeader(false));
  }

  @Test
  void open_unauthorisedGms_initiator() {
    assertRejected(PolicyException.class, "initiator: sip:gms@example.org is not an authorised GMS", message,
        b -> b.authorisedGmkInitiators(u -> u.equals("sip:real-gms@example.org")));
  }

  @Test
  void open_sakkeDataChanged_decapsulation() throws McxException {
    Bytes other = resigned(h -> h, p -> {
      SakkePayload s = (SakkePayload) p.get(6);
      byte[] d = s.data().toByteArray();
      d[272] ^= 1;
      p.set(6, new SakkePayload(s.params(), s.idScheme(), Bytes.copyOf(d)));
      return p;
    });
    assertRejected(VerificationFailedException.class, "decapsulation: SAKKE decapsulation fails for every receiver "
        + "key tried (key periods " + f.periodNow + ")", other);
  }

  @Test
  void open_undefinedPurposeTag_purposeTag() throws McxException {
    Bytes other = resigned(h -> new CommonHeader(h.dataType(), false, 1, 0x9000_0001, h.csIdMap()), p -> p);
    assertRejected(PolicyException.class, "purpose tag: CSB ID 90000001 has purpose tag 9, which names no key type "
        + "(TS 33.180 §5.2.2)", other);
  }

  @Test
  void open_spiNotGmkIdGukId_keyId() throws McxException {
    Bytes other = resigned(h -> new CommonHeader(h.dataType(), false, 1, h.csbId(), new GenericIdMap(List.of(
        new GenericIdMap.Entry(4, ProtocolType.SRTP, false, List.of(0), Bytes.empty(),
            Bytes.fromHex("0000000100000002"))))), p -> p);
    int gukId = new MikeyCodec().decode(message).header().csbId();
    assertRejected(PolicyException.class, String.format("key id: GENERIC-ID SPI 0000000100000002 of CS ID 4 is not "
        + "GMK-ID ‖ GUK-ID %08x%08x (TS 33.180 E.2)", GMK_ID, gukId), other);
  }

  @Test
  void open_keyTypeNotPurposeTag_keyParameters() throws McxException {
    assertRejected(PolicyException.class, "key parameters: Key Type 2 (CSK) does not match the purpose tag 0 (GMK) of "
        + "the CSB ID", withKeyParameters(new KeyParameters(KeyType.CSK, 1, 0, 0, Bytes.empty(), Optional.empty())));
  }

  @Test
  void open_revokedStatus_keyParameters() throws McxException {
    assertRejected(PolicyException.class, "key parameters: Status 00000002 marks the key revoked (policy "
        + "NOT_REVOKED_BIT_OR_ZERO)", withKeyParameters(new KeyParameters(KeyType.GMK, 2, 0, 0, Bytes.empty(),
            Optional.empty())));
  }

  @Test
  void open_expiredKey_keyParameters() throws McxException {
    assertRejected(PolicyException.class, "key parameters: the key expired at 2025-10-02T23:47:51Z (Expiry Time)",
        withKeyParameters(new KeyParameters(KeyType.GMK, 1, 0, Fixture.NOW.getEpochSecond() - 1, Bytes.empty(),
            Optional.empty())));
  }

  @Test
  void open_legacyKeyParameters_opensWithNote() throws McxException {
    Bytes legacy = resigned(h -> h, p -> replace(p, KeyParametersExtension.class,
        new KeyParametersExtension(Bytes.fromHex("0000000100000000000000000000"))));
    try (OpenedKey k = f.opener(f.alice).build().open(legacy)) {
      assertTrue(k.keyParameters().isEmpty());
      assertTrue(k.keyParametersNote().orElseThrow().startsWith("protected payload of 14 octets is shorter than"));
    }
  }

  @Test
  void open_keyParametersUnderAnotherKey_opensWithNote() throws McxException {
    KeyParameters p = new KeyParameters(KeyType.GMK, 1, 0, 0, Bytes.empty(), Optional.empty());
    int csbId = new MikeyCodec().decode(message).header().csbId();
    Bytes other = resigned(h -> h, l -> replace(l, KeyParametersExtension.class, new KeyParametersExtension(
        new KeyParametersCipher(new FixedSecureRandom(new byte[16])).protect(p, f.randomKey(), csbId, 1).encode())));
    try (OpenedKey k = f.opener(f.alice).build().open(other)) {
      assertEquals(Optional.of("unreadable: key parameters: AES-128-GCM tag does not verify under the DPCK"),
          k.keyParametersNote());
    }
  }

  private Bytes withKeyParameters(KeyParameters p) throws McxException {
    int csbId = new MikeyCodec().decode(message).header().csbId();
    Bytes data = new KeyParametersCipher(f.random).protect(p, gmk, csbId, 1).encode();
    return resigned(h -> h, l -> replace(l, KeyParametersExtension.class, new KeyParametersExtension(data)));
  }

  private Bytes resigned(UnaryOperator<CommonHeader> h, UnaryOperator<List<MikeyPayload>> p)
      throws MalformedMessageException, KeyMaterialException {
    return Fixture.resign(message, f.signer(f.gms), h, p);
  }

  private Bytes signedWithoutHeader(Bytes m) throws McxException {
    MikeyMessage decoded = new MikeyCodec().decode(m);
    Bytes toSign = decoded.signedOctetsWithoutSignHeader().orElseThrow();
    List<MikeyPayload> p = new java.util.ArrayList<>(decoded.payloads().subList(0, decoded.payloads().size() - 1));
    p.add(new SignaturePayload(SignatureType.ECCSI, f.signer(f.gms).sign(toSign).encode()));
    return MikeyMessage.of(decoded.header(), p).encoded();
  }

  private static List<MikeyPayload> without(List<MikeyPayload> p, Class<?> type) {
    p.removeIf(type::isInstance);
    return p;
  }

  private static List<MikeyPayload> replace(List<MikeyPayload> p, Class<?> type, MikeyPayload with) {
    p.replaceAll(x -> type.isInstance(x) ? with : x);
    return p;
  }

  private static List<MikeyPayload> replaceIdr(List<MikeyPayload> p, IdrPayload with) {
    p.replaceAll(x -> x instanceof IdrPayload i && i.role() == with.role() ? with : x);
    return p;
  }

  private void assertRejected(Class<? extends McxException> type, String expected, Bytes input) {
    assertRejected(type, expected, f.opener(f.alice).build(), input);
  }

  private void assertRejected(Class<? extends McxException> type, String expected, Bytes input,
      UnaryOperator<IMessageOpener.Builder> config) {
    assertRejected(type, expected, config.apply(f.opener(f.alice)).build(), input);
  }

  private static void assertRejected(Class<? extends McxException> type, String expected, IMessageOpener opener,
      Bytes input) {
    McxException e = assertThrows(type, () -> opener.open(input).close());
    assertEquals(expected, e.getMessage());
  }
}
