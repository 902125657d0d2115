// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.payload.MikeyPayload;
import org.mcxsec.mikey.payload.OtherExtension;
import org.mcxsec.mikey.payload.RandPayload;
import org.mcxsec.testkit.Tamper;
import org.mcxsec.testkit.Vector;

/** Hostile input: every truncation, every bit flip, and one exact message per validation branch. */
class MikeyCodecRejectTest {
  private final MikeyCodec codec = new MikeyCodec();
  private final Bytes csk = StreamwideMessages.octets(StreamwideMessages.named(StreamwideMessages.CSK));
  private final Bytes pck = StreamwideMessages.octets(StreamwideMessages.named(StreamwideMessages.PCK));

  static List<Vector> valid() {
    return StreamwideMessages.valid();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void decode_everyTruncation_throwsMalformed(Vector v) {
    byte[] message = v.hex("message_hex");
    Tamper.everyTruncation(message).forEach(cut -> assertThrows(MalformedMessageException.class,
        () -> codec.decode(Bytes.copyOf(cut)), "length " + cut.length));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void decode_everyBitFlip_rejectsOrReencodesExactly(Vector v) {
    Tamper.everyBitFlip(v.hex("message_hex")).forEach(f -> {
      Bytes flipped = Bytes.copyOf(f.data());
      Optional<MikeyMessage> m = decodeOrEmpty(flipped);
      m.ifPresent(decoded -> assertEquals(flipped, decoded.encoded(), f.toString()));
    });
  }

  @Test
  void decode_trailingOctet_throwsNamingOffset() {
    Bytes longer = Bytes.concat(csk, Bytes.fromHex("00"));
    assertMessage("SIGN payload at offset 563: 1 trailing octets after the SIGN payload at offset 694 "
        + "(SIGN is always the last payload, RFC 3830 §6.5)", longer);
  }

  @Test
  void decode_octetsAfterLastPayload_throwsNamingOffset() throws MalformedMessageException {
    MikeyMessage m = codec.decode(csk);
    List<MikeyPayload> noSign = new ArrayList<>(m.payloads().subList(0, m.payloads().size() - 1));
    Bytes unsigned = MikeyMessage.of(m.header(), noSign).encoded();
    assertMessage("2 trailing octets at offset 563 after the last payload (next payload 0 at offset 491)",
        Bytes.concat(unsigned, Bytes.fromHex("0000")));
  }

  @Test
  void decode_versionTwo_throws() {
    assertMessage("HDR at offset 0: version 2 at offset 0 is not supported; expected 1 (RFC 3830 §6.1)",
        with(csk, 0, 0x02));
  }

  @Test
  void decode_undefinedDataType_throws() {
    assertMessage("HDR at offset 0: data type 99 at offset 1 is not a MIKEY data type (RFC 3830 §6.1)",
        with(csk, 1, 99));
  }

  @Test
  void decode_undefinedCsIdMapType_throws() {
    assertMessage("HDR at offset 0: CS ID map type 3 at offset 9 is not defined; expected 0 (SRTP-ID), "
        + "1 (empty) or 2 (GENERIC-ID)", with(csk, 9, 3));
  }

  @Test
  void decode_tooManyCryptoSessions_throwsBeforeReading() {
    assertMessage("HDR at offset 0: #CS 200 at offset 8 exceeds the limit of 16 crypto sessions",
        with(csk, 8, 200));
  }

  @Test
  void decode_unknownPayloadType_throwsNamingTypeAndOffset() {
    assertMessage("payload at offset 21: type 99 is not a MIKEY payload type (named by the next-payload field "
        + "at offset 2)", with(csk, 2, 99));
  }

  @Test
  void decode_unsupportedPayloadType_throwsNamingIt() {
    assertMessage("payload at offset 31: payload type 7 (CERT) is not supported in MIKEY-SAKKE messages "
        + "(named by the next-payload field at offset 21)", with(csk, 21, 7));
  }

  @Test
  void decode_undefinedTimestampType_throws() {
    assertMessage("T payload at offset 21: TS type 3 at offset 22 is not defined; expected 0 (NTP-UTC), 1 (NTP) "
        + "or 2 (COUNTER) (RFC 3830 §6.6)", with(csk, 22, 3));
  }

  @Test
  void decode_undefinedIdRole_throws() {
    assertMessage("IDR payload at offset 49: ID Role 10 at offset 50 is not defined; expected 1..7 (RFC 6043 §6.6) "
        + "or 8..9 (TS 33.180 E.7)", with(csk, 50, 10));
  }

  @Test
  void decode_idLengthPastEnd_throwsNamingLength() {
    Bytes m = with(with(csk, 52, 0x7f), 53, 0xff);
    assertMessage("IDR payload at offset 49: ID data length 32767 exceeds the 640 octets remaining at offset 54", m);
  }

  @Test
  void decode_undefinedSakkeParams_throws() {
    assertMessage("SAKKE payload at offset 213: SAKKE params 2 at offset 214 is not defined; expected 1 "
        + "(parameter set 1, RFC 6509 §4.2)", with(csk, 214, 2));
  }

  @Test
  void decode_sakkeDataLengthPastEnd_throws() {
    assertMessage("SAKKE payload at offset 213: SAKKE data length 65535 exceeds the 476 octets remaining at "
        + "offset 218", with(with(csk, 216, 0xff), 217, 0xff));
  }

  @Test
  void decode_policyParamPastPolicyLength_throws() {
    // the SP at 181 announces 27 octets of parameters; make the last one claim 2 value octets
    assertMessage("SP payload at offset 181: policy param 20 value length 2 exceeds the 1 octets remaining at "
        + "offset 212", with(csk, 211, 2));
  }

  @Test
  void decode_undefinedSignatureType_throws() {
    assertMessage("SIGN payload at offset 563: S type 5 at offset 563 is not defined; expected 0, 1 (RFC 3830 §6.5) "
        + "or 2 (ECCSI, RFC 6509 §4.3)", with(csk, 563, 0x50 | (csk.get(563) & 0x0f)));
  }

  @Test
  void decode_messageLargerThanLimit_throwsBeforeParsing() {
    MikeyCodec small = new MikeyCodec(new MikeyLimits(512, 32, 16));
    MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> small.decode(csk));
    assertEquals("MIKEY message of 694 octets exceeds the limit of 512 octets", e.getMessage());
  }

  @Test
  void decode_morePayloadsThanLimit_throws() {
    MikeyCodec few = new MikeyCodec(new MikeyLimits(8192, 5, 16));
    MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> few.decode(pck));
    assertEquals("payload at offset 141: more than 5 payloads", e.getMessage());
  }

  @Test
  void decode_sakkeToSelfWithExtraOctets_throws() throws MalformedMessageException {
    MikeyMessage m = codec.decode(pck);
    // an extension of type 6 whose data is a SAKKE payload followed by one more octet
    Bytes data = Bytes.fromHex("00010200020102ff");
    List<MikeyPayload> payloads = new ArrayList<>(m.payloads());
    payloads.add(1, new OtherExtension(5, data));
    Bytes encoded = MikeyMessage.of(m.header(), payloads).encoded();
    int typeOffset = m.payloadOffsets()[1] + 1;
    assertMessage("General Extension payload at offset 20, SAKKE-to-self SAKKE payload at offset 24: 1 unexpected "
        + "octets after the SAKKE payload (TS 33.180 E.5: the extension holds one SAKKE payload) at offset 31",
        with(encoded, typeOffset, 6));
  }

  @Test
  void decode_emptyInput_throws() {
    assertMessage("HDR at offset 0: version needs 1 octet at offset 0, 0 remaining", Bytes.empty());
  }

  @Test
  void mikeyMessage_signNotLast_isRejected() throws MalformedMessageException {
    MikeyMessage m = codec.decode(pck);
    List<MikeyPayload> payloads = new ArrayList<>(m.payloads());
    payloads.add(new RandPayload(Bytes.fromHex("00")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MikeyMessage.of(m.header(), payloads));
    assertEquals("SIGN payload at position 9 of 11; it must be last (RFC 3830 §6.5)", e.getMessage());
  }

  private Optional<MikeyMessage> decodeOrEmpty(Bytes b) {
    try {
      return Optional.of(codec.decode(b));
    } catch (MalformedMessageException e) {
      return Optional.empty();
    }
  }

  private void assertMessage(String expected, Bytes input) {
    MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> codec.decode(input));
    assertEquals(expected, e.getMessage());
  }

  static Bytes with(Bytes b, int offset, int value) {
    byte[] c = b.toByteArray();
    c[offset] = (byte) value;
    return Bytes.copyOf(c);
  }
}
