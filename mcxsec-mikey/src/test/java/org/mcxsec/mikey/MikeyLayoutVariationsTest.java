// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.payload.CommonHeader;
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
import org.mcxsec.mikey.payload.SakkePayload;
import org.mcxsec.mikey.payload.SakkeToSelfExtension;
import org.mcxsec.mikey.payload.SecurityPolicyPayload;
import org.mcxsec.mikey.payload.SignaturePayload;
import org.mcxsec.mikey.payload.SignatureType;
import org.mcxsec.mikey.payload.SrtpIdMap;
import org.mcxsec.mikey.payload.TimestampPayload;
import org.mcxsec.mikey.payload.TimestampType;

/**
 * Every layout variation that real MCX messages show (TS 33.180 digest §11), built on the Streamwide PCK message:
 * each one decodes to the same value and re-encodes to the same octets.
 */
class MikeyLayoutVariationsTest {
  private static final MikeyMessage BASE = decode(StreamwideMessages.named(StreamwideMessages.PCK));
  private static final Bytes UID = Bytes.fromHex("b5c452309219da6a3d805615548d6c1b0f4de45a6b48fb13d9a24d857fc03dc4");

  static Stream<Arguments> variations() {
    return Stream.of(
        variation("GMK GENERIC-ID map, CS ID 4, SPI = GMK-ID ‖ GUK-ID", withHeader(h -> new CommonHeader(
            h.dataType(), false, 1, 0x01c8de7b, new GenericIdMap(List.of(new GenericIdMap.Entry(4, ProtocolType.SRTP,
                false, List.of(0), Bytes.empty(), Bytes.fromHex("09bf9d3701c8de7b"))))))),
        variation("SRTP-ID map, #CS 2, V 1, PRF func 0", withHeader(h -> new CommonHeader(h.dataType(), true, 0,
            h.csbId(), new SrtpIdMap(List.of(new SrtpIdMap.Entry(0, 0x11223344, 0), new SrtpIdMap.Entry(1,
                0xdeadbeef, 7)))))),
        variation("PRF func 2", withHeader(h -> new CommonHeader(h.dataType(), false, 2, h.csbId(), h.csIdMap()))),
        variation("empty map with #CS 1", withHeader(h -> new CommonHeader(DataType.SAKKE_MSG, false, 1, h.csbId(),
            new EmptyCsIdMap(1)))),
        variation("key parameters before SAKKE", swap(7, 8)),
        variation("no SP, no key parameters", remove(SecurityPolicyPayload.class, KeyParametersExtension.class)),
        variation("T seconds in the low 32 bits", replace(0, new TimestampPayload(TimestampType.NTP_UTC,
            0xec898da8L))),
        variation("T with a non-zero fraction", replace(0, new TimestampPayload(TimestampType.NTP_UTC,
            0xec898da880000001L))),
        variation("T NTP and COUNTER", replace(0, new TimestampPayload(TimestampType.COUNTER, 0xffffffffL))),
        variation("IDR roles 1/2 with URIs, with and without scheme", replace(2, IdrPayload.uri(IdRole.IDRI,
            "sip:alice@streamwide.com")).andThen(replace(3, IdrPayload.uri(IdRole.IDRR, "bob@streamwide.com")))),
        variation("IDR roles 1/2 with binary UIDs, ID Type URI", replace(2, new IdrPayload(IdRole.IDRI, IdType.URI,
            UID)).andThen(replace(3, new IdrPayload(IdRole.IDRR, IdType.URI, UID)))),
        variation("IDRkms twice, host with port and with trailing NUL", replace(4, new IdrPayload(IdRole.IDRKMS,
            IdType.URI, text("kms.example.org:8443")))
            .andThen(replace(5, new IdrPayload(IdRole.IDRKMS, IdType.URI, text("kms.example.org\0"))))),
        variation("IDRkmsi as user@host with sip:, IDRkmsr different", replace(4, IdrPayload.uri(IdRole.IDRKMSI,
            "sip:kms@other.example")).andThen(replace(5, IdrPayload.uri(IdRole.IDRKMSR, "kms.example.org")))),
        variation("SP with type 13, policy no 1", replace(6, sp(1, 0, 6, 1, 16, 2, 4, 4, 12, 5, 0, 6, 0, 13, 1, 18, 4,
            19, 0, 20, 16))),
        variation("SP CSK set", replace(6, sp(0, 0, 6, 1, 16, 4, 12, 5, 0, 6, 0, 20, 16))),
        variation("SP legacy AES-CM/HMAC-SHA-1 set", replace(6, sp(0, 0, 1, 1, 16, 2, 1, 3, 20, 4, 14, 5, 0, 6, 0, 7,
            1, 8, 1, 9, 0, 10, 1, 11, 10, 12, 0))),
        variation("SP unknown parameter type with a 3-octet value", replace(6, new SecurityPolicyPayload(0,
            ProtocolType.SRTP, List.of(new SecurityPolicyPayload.Param(200, Bytes.fromHex("010203")),
                new SecurityPolicyPayload.Param(201, Bytes.empty()))))),
        variation("short unprotected key parameters", replace(8, new KeyParametersExtension(
            Bytes.fromHex("0000000100000000000000000000")))),
        variation("SAKKE-to-self", insert(8, SakkeToSelfExtension.of(sakke()))),
        variation("SAKKE-to-self with a non-zero inner next payload", insert(8, new SakkeToSelfExtension(21,
            sakke()))),
        variation("vendor ID extension", insert(1, new OtherExtension(0, text("example vendor")))),
        variation("RSA signature of 256 octets", replace(9, new SignaturePayload(SignatureType.RSA_PSS,
            Bytes.copyOf(new byte[256])))),
        variation("no SIGN payload", remove(SignaturePayload.class)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variations")
  void decode_layoutVariation_roundTripsExactly(String name, MikeyMessage m) throws MalformedMessageException {
    MikeyMessage decoded = new MikeyCodec().decode(m.encoded());
    assertEquals(m, decoded);
    assertEquals(m.encoded(), new MikeyCodec().encode(decoded));
  }

  private static Arguments variation(String name, UnaryOperator<MikeyMessage> change) {
    return Arguments.of(name, change.apply(BASE));
  }

  interface Change extends UnaryOperator<MikeyMessage> {
    default Change andThen(Change next) {
      return m -> next.apply(apply(m));
    }
  }

  private static Change withHeader(UnaryOperator<CommonHeader> f) {
    return m -> MikeyMessage.of(f.apply(m.header()), m.payloads());
  }

  private static Change replace(int index, MikeyPayload p) {
    return m -> edit(m, l -> l.set(index, p));
  }

  private static Change insert(int index, MikeyPayload p) {
    return m -> edit(m, l -> l.add(index, p));
  }

  private static Change swap(int i, int j) {
    return m -> edit(m, l -> l.set(i, l.set(j, l.get(i))));
  }

  @SafeVarargs
  private static Change remove(Class<? extends MikeyPayload>... types) {
    return m -> edit(m, l -> l.removeIf(p -> Stream.of(types).anyMatch(t -> t.isInstance(p))));
  }

  private static MikeyMessage edit(MikeyMessage m, java.util.function.Consumer<List<MikeyPayload>> f) {
    List<MikeyPayload> l = new ArrayList<>(m.payloads());
    f.accept(l);
    return MikeyMessage.of(m.header(), l);
  }

  private static SecurityPolicyPayload sp(int policyNo, int... typeValue) {
    List<SecurityPolicyPayload.Param> params = new ArrayList<>();
    for (int i = 0; i < typeValue.length; i += 2) {
      params.add(new SecurityPolicyPayload.Param(typeValue[i], Bytes.copyOf(new byte[] {(byte) typeValue[i + 1]})));
    }
    return new SecurityPolicyPayload(policyNo, ProtocolType.SRTP, params);
  }

  private static SakkePayload sakke() {
    return BASE.payloadsOf(SakkePayload.class).get(0);
  }

  private static Bytes text(String s) {
    return Bytes.copyOf(s.getBytes(StandardCharsets.UTF_8));
  }

  private static MikeyMessage decode(org.mcxsec.testkit.Vector v) {
    try {
      return new MikeyCodec().decode(StreamwideMessages.octets(v));
    } catch (MalformedMessageException e) {
      throw new IllegalStateException(e);
    }
  }
}
