// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.mikey.payload.IdrPayload;
import org.mcxsec.mikey.payload.MikeyPayload;
import org.mcxsec.mikey.payload.PayloadType;
import org.mcxsec.mikey.testing.Fixture;
import org.mcxsec.mikey.testing.InsecureFakeEccsiForTesting;
import org.mcxsec.testkit.Tamper;

/**
 * Hostile input against the whole opener, exhaustively: every truncation and every single-bit flip of a valid GMK
 * message, every mandatory payload removed, every payload duplicated. Each is refused with a checked exception that
 * names its check, and yields no key. Signatures here use a fast stand-in so that thousands of messages can be
 * opened (SAKKE is real); {@link IMessageOpenerPropertyTest} samples the same attacks with real ECCSI.
 */
class IMessageOpenerHostileTest {
  private static final Fixture F = new Fixture(3);
  private static final SecretBytes GMK = F.randomKey();
  private static final Bytes MESSAGE = create();

  private static Bytes create() {
    try {
      Bytes gmsUid = F.gms.uidAt(Fixture.NTP_NOW);
      return new IMessageCreator(F.gms, InsecureFakeEccsiForTesting.signer(F.certificate.kpak(), gmsUid), gmsUid,
          F.encapsulators, F.random, F.clock)
          .create(GMK, KeyDelivery.gmk(KeyType.GMK.keyId(0x1234567), F.randomRand(), F.alice, F.z,
              List.of("sip:g@example.org")).withSakkeToSelf(F.z));
    } catch (McxException e) {
      throw new IllegalStateException(e);
    }
  }

  static IMessageOpener opener() {
    return IMessageOpener.builder(F.alice.uri()).kms(F.certificate).verifiers(InsecureFakeEccsiForTesting.verifiers())
        .clock(F.clock).keySet(F.keySet(F.alice, F.periodNow)).build();
  }

  @Test
  void open_untamperedMessage_opens() throws McxException {
    try (OpenedKey k = opener().open(MESSAGE)) {
      assertTrue(k.key().equalsConstantTime(GMK));
    }
  }

  @Test
  void open_everyTruncation_refusedAtStructure() {
    Tamper.everyTruncation(MESSAGE.toByteArray()).forEach(cut -> {
      McxException e = assertThrows(MalformedMessageException.class, () -> opener().open(Bytes.copyOf(cut)),
          "length " + cut.length);
      assertEquals(OpenCheck.STRUCTURE, OpenCheck.of(e).orElseThrow(), e.getMessage());
    });
  }

  @Test
  void open_everyBitFlip_refusedWithANamedCheck() {
    IMessageOpener opener = opener();
    Tamper.everyBitFlip(MESSAGE.toByteArray()).forEach(f -> {
      McxException e = assertThrows(McxException.class, () -> opener.open(Bytes.copyOf(f.data())).close(),
          f.toString());
      assertTrue(OpenCheck.of(e).isPresent(), f + ": " + e.getMessage());
    });
  }

  static Stream<Arguments> removals() throws MalformedMessageException {
    List<MikeyPayload> p = new MikeyCodec().decode(MESSAGE).payloads();
    return Stream.of(
        Arguments.of("T", index(p, PayloadType.T), "structure: no T payload"),
        Arguments.of("RAND", index(p, PayloadType.RAND), "structure: no RAND payload"),
        Arguments.of("IDRi", index(p, PayloadType.IDR), "structure: no initiator IDR"),
        Arguments.of("IDRr", index(p, PayloadType.IDR) + 1, "structure: no responder IDR"),
        Arguments.of("SAKKE", index(p, PayloadType.SAKKE), "structure: no SAKKE payload"),
        Arguments.of("SIGN", p.size() - 1, "structure: no SIGN payload"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("removals")
  void open_mandatoryPayloadRemoved_refusedAtStructure(String name, int index, String expectedStart)
      throws McxException {
    MikeyMessage m = new MikeyCodec().decode(MESSAGE);
    List<MikeyPayload> p = new ArrayList<>(m.payloads());
    p.remove(index);
    McxException e = assertThrows(MalformedMessageException.class,
        () -> opener().open(MikeyMessage.of(m.header(), p).encoded()));
    assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
  }

  @Test
  void open_everyPayloadDuplicated_refusedAtStructure() throws McxException {
    MikeyMessage m = new MikeyCodec().decode(MESSAGE);
    for (int i = 0; i < m.payloads().size() - 1; i++) {
      List<MikeyPayload> p = new ArrayList<>(m.payloads());
      p.add(i, p.get(i));
      Bytes twice = MikeyMessage.of(m.header(), p).encoded();
      McxException e = assertThrows(MalformedMessageException.class, () -> opener().open(twice), "payload " + i);
      assertEquals(OpenCheck.STRUCTURE, OpenCheck.of(e).orElseThrow(), e.getMessage());
    }
  }

  private static int index(List<MikeyPayload> p, PayloadType type) {
    for (int i = 0; i < p.size(); i++) {
      if (p.get(i).type() == type && !(p.get(i) instanceof IdrPayload i2 && i2.role().wire() > 2)) {
        return i;
      }
    }
    throw new IllegalStateException("no " + type);
  }
}
