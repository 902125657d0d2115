// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.payload.CommonHeader;
import org.mcxsec.mikey.payload.GenericIdMap;
import org.mcxsec.mikey.payload.IdrPayload;
import org.mcxsec.mikey.payload.KeyParametersExtension;
import org.mcxsec.mikey.payload.MikeyPayload;
import org.mcxsec.mikey.payload.RandPayload;
import org.mcxsec.mikey.payload.SakkePayload;
import org.mcxsec.mikey.payload.SecurityPolicyPayload;
import org.mcxsec.mikey.payload.SignaturePayload;
import org.mcxsec.mikey.payload.TimestampPayload;
import org.mcxsec.testkit.Vector;

/** Known answers: the decoded fields published with the Streamwide I_MESSAGEs. */
class MikeyCodecStreamwideTest {
  private final MikeyCodec codec = new MikeyCodec();

  static List<Vector> valid() {
    return StreamwideMessages.valid();
  }

  static List<Vector> all() {
    return StreamwideMessages.FILE.vectors();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void decode_sdpValue_equalsHex(Vector v) {
    assertEquals(StreamwideMessages.octets(v), StreamwideMessages.fromSdp(v));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void decodeThenEncode_realMessage_returnsSameOctets(Vector v) throws MalformedMessageException {
    Bytes octets = StreamwideMessages.octets(v);
    MikeyMessage m = codec.decode(octets);
    assertEquals(octets, codec.encode(m));
    assertEquals(octets, MikeyMessage.of(m.header(), m.payloads()).encoded());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void decode_realMessage_headerMatchesPublishedFields(Vector v) throws MalformedMessageException {
    CommonHeader h = codec.decode(StreamwideMessages.octets(v)).header();
    JsonNode hdr = v.json().path("decoded").path("hdr");
    assertEquals(hdr.path("version").asInt(), CommonHeader.VERSION);
    assertEquals(hdr.path("data_type").asInt(), h.dataType().wire());
    assertEquals(hdr.path("v").asInt() == 1, h.verification());
    assertEquals(hdr.path("prf_func").asInt(), h.prfFunc());
    assertEquals(hdr.path("csb_id").asText(), String.format("%08x", h.csbId()));
    assertEquals(hdr.path("cs_count").asInt(), h.csIdMap().csCount());
    assertEquals(hdr.path("cs_id_map_type").asInt(), h.csIdMap().type().wire());
    for (int i = 0; i < hdr.path("cs").size(); i++) {
      JsonNode cs = hdr.path("cs").get(i);
      GenericIdMap.Entry e = ((GenericIdMap) h.csIdMap()).entries().get(i);
      assertEquals(cs.path("cs_id").asInt(), e.csId());
      assertEquals(cs.path("prot_type").asInt(), e.protType().wire());
      assertEquals(cs.path("s").asInt() == 1, e.s());
      assertEquals(cs.path("policies").get(0).asInt(), e.policyNumbers().get(0));
      assertEquals(cs.path("session_data").asText(), e.sessionData().toHex());
      assertEquals(cs.path("spi").asText(), e.spi().toHex());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void decode_realMessage_payloadsMatchPublishedFields(Vector v) throws MalformedMessageException {
    MikeyMessage m = codec.decode(StreamwideMessages.octets(v));
    JsonNode published = v.json().path("decoded").path("payloads");
    int[] offsets = m.payloadOffsets();
    assertEquals(published.size(), m.payloads().size());
    for (int i = 0; i < published.size(); i++) {
      JsonNode p = published.get(i);
      MikeyPayload got = m.payloads().get(i);
      assertEquals(p.path("offset").asInt(), offsets[i], "offset of payload " + i);
      switch (p.path("type").asText()) {
        case "T" -> {
          TimestampPayload t = assertInstanceOf(TimestampPayload.class, got);
          assertEquals(p.path("ts_type").asInt(), t.tsType().wire());
          assertEquals(p.path("ts_value").asText(), String.format("%016x", t.value()));
          assertEquals(p.path("ntp_utc").asText(), t.instant().orElseThrow().toString());
        }
        case "RAND" -> assertEquals(p.path("rand").asText(), assertInstanceOf(RandPayload.class, got).rand().toHex());
        case "IDR" -> {
          IdrPayload idr = assertInstanceOf(IdrPayload.class, got);
          assertEquals(p.path("role").asInt(), idr.role().wire());
          assertEquals(p.path("role_name").asText(), idr.role().specName());
          assertEquals(p.path("id_type").asInt(), idr.idType().wire());
          assertEquals(p.path("data").asText(), idr.data().toHex());
        }
        case "SP" -> {
          SecurityPolicyPayload sp = assertInstanceOf(SecurityPolicyPayload.class, got);
          assertEquals(p.path("policy_no").asInt(), sp.policyNo());
          assertEquals(p.path("prot_type").asInt(), sp.protType().wire());
          assertEquals(p.path("params").size(), sp.params().size());
          for (int j = 0; j < sp.params().size(); j++) {
            assertEquals(p.path("params").get(j).path("type").asInt(), sp.params().get(j).type());
            assertEquals(p.path("params").get(j).path("value").asText(), sp.params().get(j).value().toHex());
          }
        }
        case "SAKKE" -> {
          SakkePayload s = assertInstanceOf(SakkePayload.class, got);
          assertEquals(p.path("params").asInt(), s.params().wire());
          assertEquals(p.path("id_scheme").asInt(), s.idScheme().wire());
          assertEquals(p.path("data").asText(), s.data().toHex());
        }
        case "GENERAL_EXT" -> {
          KeyParametersExtension k = assertInstanceOf(KeyParametersExtension.class, got);
          assertEquals(p.path("ext_type").asInt(), k.extensionType());
          assertEquals(p.path("data").asText(), k.data().toHex());
        }
        case "SIGN" -> {
          SignaturePayload s = assertInstanceOf(SignaturePayload.class, got);
          assertEquals(p.path("s_type").asInt(), s.sType().wire());
          assertEquals(p.path("signature").asText(), s.signature().toHex());
        }
        default -> throw new AssertionError("unexpected published payload type " + p.path("type"));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void signedOctets_realMessage_everythingBeforeTheSignatureValue(Vector v) throws MalformedMessageException {
    Bytes octets = StreamwideMessages.octets(v);
    MikeyMessage m = codec.decode(octets);
    String described = v.object("expected").text("signed_octets");
    int published = Integer.parseInt(described.replaceAll("^the first (\\d+) octets.*$", "$1"));
    assertEquals(published, m.signedOctets().size());
    assertEquals(octets.slice(0, published), m.signedOctets());
    assertEquals(octets.slice(0, published - 2), m.signedOctetsWithoutSignHeader().orElseThrow());
    assertTrue(m.signature().isPresent());
  }
}
