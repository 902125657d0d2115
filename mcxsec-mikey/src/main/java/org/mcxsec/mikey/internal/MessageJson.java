// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mcxsec.mikey.MikeyMessage;
import org.mcxsec.mikey.keyparams.KeyParametersForm;
import org.mcxsec.mikey.keyparams.ProtectedPayload;
import org.mcxsec.mikey.payload.CommonHeader;
import org.mcxsec.mikey.payload.GeneralExtensionPayload;
import org.mcxsec.mikey.payload.GenericIdMap;
import org.mcxsec.mikey.payload.IdrPayload;
import org.mcxsec.mikey.payload.KeyParametersExtension;
import org.mcxsec.mikey.payload.MikeyPayload;
import org.mcxsec.mikey.payload.OtherExtension;
import org.mcxsec.mikey.payload.PrfFunction;
import org.mcxsec.mikey.payload.RandPayload;
import org.mcxsec.mikey.payload.SakkePayload;
import org.mcxsec.mikey.payload.SakkeToSelfExtension;
import org.mcxsec.mikey.payload.SecurityPolicyPayload;
import org.mcxsec.mikey.payload.SignaturePayload;
import org.mcxsec.mikey.payload.SignatureType;
import org.mcxsec.mikey.payload.SrtpIdMap;
import org.mcxsec.mikey.payload.SrtpPolicyType;
import org.mcxsec.mikey.payload.TimestampPayload;

/**
 * Renders a decoded message as JSON: every field under the snake_case form of its spec name, codes with their
 * spec name beside them ({@code *_name}), octets as lower-case hex, and each payload's offset and next-payload code.
 */
public final class MessageJson {
  /** ECCSI signature parts (RFC 6507 §3.3): r (32) ‖ s (32) ‖ PVT (65). */
  private static final int ECCSI_N = 32;
  private static final int ECCSI_SIGNATURE_OCTETS = 129;

  private MessageJson() {}

  public static void write(MikeyMessage m, JsonWriter w) {
    List<MikeyPayload> payloads = m.payloads();
    int[] offsets = m.payloadOffsets();
    w.beginObject().name("octets").value(m.encoded().size());
    w.name("hdr");
    header(m.header(), payloads.isEmpty() ? 0 : payloads.get(0).type().wire(), w);
    w.name("payloads").beginArray();
    for (int i = 0; i < payloads.size(); i++) {
      MikeyPayload p = payloads.get(i);
      w.beginObject().name("type").value(p.type().name()).name("offset").value(offsets[i]);
      if (!(p instanceof SignaturePayload)) {
        w.name("next_payload").value(i + 1 < payloads.size() ? payloads.get(i + 1).type().wire() : 0);
      }
      payload(p, m.header(), w);
      w.endObject();
    }
    w.endArray();
    w.name("signed_octets").value(m.signedOctets().size());
    w.endObject();
  }

  private static void header(CommonHeader h, int next, JsonWriter w) {
    w.beginObject().name("version").value(CommonHeader.VERSION)
        .name("data_type").value(h.dataType().wire()).name("data_type_name").value(h.dataType().specName())
        .name("next_payload").value(next).name("v").value(h.verification() ? 1 : 0)
        .name("prf_func").value(h.prfFunc());
    h.prfFunction().map(PrfFunction::specName).ifPresent(n -> w.name("prf_func_name").value(n));
    w.name("csb_id").hex32(h.csbId()).name("cs_count").value(h.csIdMap().csCount())
        .name("cs_id_map_type").value(h.csIdMap().type().wire())
        .name("cs_id_map_type_name").value(h.csIdMap().type().specName())
        .name("cs").beginArray();
    if (h.csIdMap() instanceof SrtpIdMap s) {
      for (SrtpIdMap.Entry e : s.entries()) {
        w.beginObject().name("policy_no").value(e.policyNo()).name("ssrc").hex32(e.ssrc()).name("roc")
            .value(Integer.toUnsignedLong(e.roc())).endObject();
      }
    } else if (h.csIdMap() instanceof GenericIdMap g) {
      for (GenericIdMap.Entry e : g.entries()) {
        w.beginObject().name("cs_id").value(e.csId()).name("prot_type").value(e.protType().wire())
            .name("s").value(e.s() ? 1 : 0).name("policy_count").value(e.policyNumbers().size())
            .name("policies").beginArray();
        e.policyNumbers().forEach(w::value);
        w.endArray().name("session_data_length").value(e.sessionData().size())
            .name("session_data").value(e.sessionData()).name("spi_length").value(e.spi().size())
            .name("spi").value(e.spi()).endObject();
      }
    }
    w.endArray().endObject();
  }

  private static void payload(MikeyPayload p, CommonHeader h, JsonWriter w) {
    if (p instanceof TimestampPayload t) {
      w.name("ts_type").value(t.tsType().wire()).name("ts_type_name").value(t.tsType().specName())
          .name("ts_value").value(String.format("%0" + 2 * t.tsType().valueOctets() + "x", t.value()));
      t.instant().ifPresent(i -> w.name("ntp_utc").value(i.toString()));
    } else if (p instanceof RandPayload r) {
      w.name("rand_len").value(r.rand().size()).name("rand").value(r.rand());
    } else if (p instanceof IdrPayload i) {
      w.name("role").value(i.role().wire()).name("role_name").value(i.role().specName())
          .name("id_type").value(i.idType().wire()).name("id_type_name").value(i.idType().specName())
          .name("id_len").value(i.data().size()).name("data").value(i.data());
      printable(i.data().toByteArray()).ifPresent(s -> w.name("text").value(s));
    } else if (p instanceof SecurityPolicyPayload sp) {
      securityPolicy(sp, w);
    } else if (p instanceof SakkePayload s) {
      sakke(s, w);
    } else if (p instanceof GeneralExtensionPayload g) {
      extension(g, h, w);
    } else if (p instanceof SignaturePayload s) {
      w.name("s_type").value(s.sType().wire()).name("s_type_name").value(s.sType().specName())
          .name("signature_len").value(s.signature().size()).name("signature").value(s.signature());
      if (s.sType() == SignatureType.ECCSI && s.signature().size() == ECCSI_SIGNATURE_OCTETS) {
        w.name("r").value(s.signature().slice(0, ECCSI_N)).name("s").value(s.signature().slice(ECCSI_N, 2 * ECCSI_N))
            .name("pvt").value(s.signature().slice(2 * ECCSI_N, ECCSI_SIGNATURE_OCTETS));
      }
    }
  }

  private static void securityPolicy(SecurityPolicyPayload sp, JsonWriter w) {
    int length = sp.params().stream().mapToInt(x -> 2 + x.value().size()).sum();
    w.name("policy_no").value(sp.policyNo()).name("prot_type").value(sp.protType().wire())
        .name("prot_type_name").value(sp.protType().specName()).name("policy_param_length").value(length)
        .name("params").beginArray();
    for (SecurityPolicyPayload.Param param : sp.params()) {
      w.beginObject().name("type").value(param.type());
      SrtpPolicyType.find(param.type()).ifPresent(t -> w.name("name").value(t.specName()));
      w.name("length").value(param.value().size()).name("value").value(param.value()).endObject();
    }
    w.endArray();
  }

  private static void sakke(SakkePayload s, JsonWriter w) {
    w.name("params").value(s.params().wire()).name("params_name").value(s.params().specName())
        .name("id_scheme").value(s.idScheme().wire()).name("id_scheme_name").value(s.idScheme().specName())
        .name("data_length").value(s.data().size()).name("data").value(s.data());
  }

  private static void extension(GeneralExtensionPayload g, CommonHeader h, JsonWriter w) {
    w.name("ext_type").value(g.extensionType());
    if (g instanceof SakkeToSelfExtension s) {
      w.name("ext_type_name").value("SAKKE-to-self").name("length").value(5 + s.sakke().data().size())
          .name("sakke").beginObject().name("next_payload").value(s.innerNextPayload());
      sakke(s.sakke(), w);
      w.endObject();
    } else if (g instanceof KeyParametersExtension k) {
      w.name("ext_type_name").value("3GPP key parameters").name("length").value(k.data().size())
          .name("data").value(k.data()).name("key_parameters");
      keyParameters(KeyParametersForm.of(k), h, w);
    } else if (g instanceof OtherExtension o) {
      if (o.extensionType() == 0 || o.extensionType() == 1) {
        w.name("ext_type_name").value(o.extensionType() == 0 ? "Vendor ID" : "SDP IDs");
      }
      w.name("length").value(o.data().size()).name("data").value(o.data());
    }
  }

  private static void keyParameters(KeyParametersForm form, CommonHeader h, JsonWriter w) {
    w.beginObject();
    if (form instanceof KeyParametersForm.Protected pp) {
      ProtectedPayload p = pp.payload();
      w.name("form").value("protected").name("message_type").value(String.format("%02x", p.messageType()))
          .name("date_time").value(String.format("%010x", p.dateTime())).name("payload_id").hex32(p.payloadId())
          .name("payload_sequence_number").value(p.payloadSequenceNumber())
          .name("payload_algorithm").value(p.payloadAlgorithm()).name("iv").value(p.iv())
          .name("dppk_id").hex32(p.dppkId()).name("dppk_id_equals_csb_id").value(p.dppkId() == h.csbId())
          .name("payload_type").value(p.payloadType()).name("payload_length").value(p.ciphertext().size())
          .name("ciphertext").value(p.ciphertext());
    } else if (form instanceof KeyParametersForm.Legacy l) {
      w.name("form").value("legacy").name("reason").value(l.reason());
    }
    w.endObject();
  }

  /** The octets as text when they are UTF-8 without control characters (a trailing NUL is allowed). */
  private static java.util.Optional<String> printable(byte[] data) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
      String body = s.endsWith("\0") ? s.substring(0, s.length() - 1) : s;
      return body.isEmpty() || body.chars().anyMatch(Character::isISOControl)
          ? java.util.Optional.empty() : java.util.Optional.of(s);
    } catch (CharacterCodingException e) {
      return java.util.Optional.empty();
    }
  }
}
