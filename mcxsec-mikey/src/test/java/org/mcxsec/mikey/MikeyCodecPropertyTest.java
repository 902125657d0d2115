// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.payload.CommonHeader;
import org.mcxsec.mikey.payload.CsIdMap;
import org.mcxsec.mikey.payload.DataType;
import org.mcxsec.mikey.payload.EmptyCsIdMap;
import org.mcxsec.mikey.payload.GenericIdMap;
import org.mcxsec.mikey.payload.IdRole;
import org.mcxsec.mikey.payload.IdType;
import org.mcxsec.mikey.payload.IdrPayload;
import org.mcxsec.mikey.payload.KeyParametersExtension;
import org.mcxsec.mikey.payload.MikeyPayload;
import org.mcxsec.mikey.payload.OtherExtension;
import org.mcxsec.mikey.payload.ProtocolType;
import org.mcxsec.mikey.payload.RandPayload;
import org.mcxsec.mikey.payload.SakkeIdScheme;
import org.mcxsec.mikey.payload.SakkeParams;
import org.mcxsec.mikey.payload.SakkePayload;
import org.mcxsec.mikey.payload.SakkeToSelfExtension;
import org.mcxsec.mikey.payload.SecurityPolicyPayload;
import org.mcxsec.mikey.payload.SignaturePayload;
import org.mcxsec.mikey.payload.SignatureType;
import org.mcxsec.mikey.payload.SrtpIdMap;
import org.mcxsec.mikey.payload.TimestampPayload;
import org.mcxsec.mikey.payload.TimestampType;

/** Properties: random valid messages round-trip; random and overwritten input is rejected or round-trips. */
class MikeyCodecPropertyTest {
  private final MikeyCodec codec = new MikeyCodec();

  @Property(tries = 200)
  void decodeEncode_randomValidMessage_roundTrips(@ForAll("messages") MikeyMessage m)
      throws MalformedMessageException {
    assertEquals(m, codec.decode(m.encoded()));
  }

  @Property(tries = 200)
  void decode_randomOctets_rejectsOrRoundTrips(@ForAll @Size(max = 700) byte[] data) {
    assertRejectedOrExact(Bytes.copyOf(data));
  }

  @Property(tries = 200)
  void decode_realMessageWithOverwrittenOctets_rejectsOrRoundTrips(@ForAll @IntRange(min = 0, max = 693) int at,
      @ForAll @IntRange(min = 0, max = 693) int at2, @ForAll byte value, @ForAll byte value2) {
    byte[] m = StreamwideMessages.named(StreamwideMessages.CSK).hex("message_hex");
    m[at] = value;
    m[at2] = value2;
    assertRejectedOrExact(Bytes.copyOf(m));
  }

  private void assertRejectedOrExact(Bytes input) {
    try {
      assertEquals(input, codec.decode(input).encoded());
    } catch (MalformedMessageException expected) {
      // rejected with a checked exception: the only other acceptable outcome
    }
  }

  @Provide
  Arbitrary<MikeyMessage> messages() {
    Arbitrary<List<MikeyPayload>> chain = payload().list().ofMaxSize(10);
    Arbitrary<Boolean> signed = Arbitraries.of(true, false);
    Arbitrary<SignaturePayload> sign = Combinators.combine(Arbitraries.of(SignatureType.class), bytes(300))
        .as(SignaturePayload::new);
    return Combinators.combine(header(), chain, signed, sign).as((h, p, s, sig) -> {
      List<MikeyPayload> all = new ArrayList<>(p);
      if (s) {
        all.add(sig);
      }
      return MikeyMessage.of(h, all);
    });
  }

  private Arbitrary<CommonHeader> header() {
    return Combinators.combine(Arbitraries.of(DataType.class), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 127), Arbitraries.integers(), csIdMap()).as(CommonHeader::new);
  }

  private Arbitrary<CsIdMap> csIdMap() {
    Arbitrary<SrtpIdMap.Entry> srtp = Combinators.combine(Arbitraries.integers().between(0, 255),
        Arbitraries.integers(), Arbitraries.integers()).as(SrtpIdMap.Entry::new);
    Arbitrary<GenericIdMap.Entry> generic = Combinators.combine(Arbitraries.integers().between(0, 255),
        Arbitraries.of(true, false), Arbitraries.integers().between(0, 255).list().ofMaxSize(3), bytes(4), bytes(8))
        .as((cs, s, ps, data, spi) -> new GenericIdMap.Entry(cs, ProtocolType.SRTP, s, ps, data, spi));
    return Arbitraries.oneOf(srtp.list().ofMaxSize(3).map(SrtpIdMap::new),
        Arbitraries.integers().between(0, 3).map(EmptyCsIdMap::new),
        generic.list().ofMaxSize(2).map(GenericIdMap::new));
  }

  private Arbitrary<MikeyPayload> payload() {
    Arbitrary<TimestampPayload> t = Arbitraries.oneOf(
        Arbitraries.longs().map(v -> new TimestampPayload(TimestampType.NTP_UTC, v)),
        Arbitraries.longs().map(v -> new TimestampPayload(TimestampType.NTP, v)),
        Arbitraries.longs().between(0, 0xFFFF_FFFFL).map(v -> new TimestampPayload(TimestampType.COUNTER, v)));
    Arbitrary<RandPayload> rand = bytes(32).map(RandPayload::new);
    Arbitrary<IdrPayload> idr = Combinators.combine(Arbitraries.of(IdRole.class), Arbitraries.of(IdType.class),
        bytes(40)).as(IdrPayload::new);
    Arbitrary<SecurityPolicyPayload.Param> param = Combinators.combine(Arbitraries.integers().between(0, 255),
        bytes(3)).as(SecurityPolicyPayload.Param::new);
    Arbitrary<SecurityPolicyPayload> sp = Combinators.combine(Arbitraries.integers().between(0, 255),
        param.list().ofMaxSize(12)).as((no, ps) -> new SecurityPolicyPayload(no, ProtocolType.SRTP, ps));
    Arbitrary<SakkePayload> sakke = Combinators.combine(Arbitraries.of(SakkeParams.class),
        Arbitraries.of(SakkeIdScheme.class), bytes(300)).as(SakkePayload::new);
    Arbitrary<MikeyPayload> ext = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.integers().between(0, 255), sakke).as(SakkeToSelfExtension::new),
        bytes(120).map(KeyParametersExtension::new),
        Combinators.combine(Arbitraries.integers().between(0, 255).filter(x -> x != 6 && x != 7), bytes(20))
            .as(OtherExtension::new));
    return Arbitraries.oneOf(t, rand, idr, sp, sakke, ext);
  }

  private static Arbitrary<Bytes> bytes(int max) {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(max).map(Bytes::copyOf);
  }
}
