// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.mikey.payload.IdRole;
import org.mcxsec.mikey.payload.IdType;
import org.mcxsec.mikey.payload.IdrPayload;
import org.mcxsec.mikey.payload.KeyParametersExtension;
import org.mcxsec.mikey.payload.MikeyPayload;
import org.mcxsec.testkit.Vector;

/** The decode JSON carries every published field of the Streamwide messages, by the published names and values. */
class MikeyJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Vector> valid() {
    return StreamwideMessages.valid();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void decoded_realMessage_containsEveryPublishedField(Vector v) throws Exception {
    JsonNode ours = render(StreamwideMessages.octets(v), false);
    assertContains("hdr", v.json().path("decoded").path("hdr"), ours.path("hdr"));
    assertContains("payloads", v.json().path("decoded").path("payloads"), ours.path("payloads"));
    assertEquals(v.hex("message_hex").length, ours.path("octets").asInt());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void decoded_realMessage_showsProtectedKeyParametersHeader(Vector v) throws Exception {
    JsonNode ext = render(StreamwideMessages.octets(v), true).path("payloads").get(8);
    JsonNode published = v.json().path("expected").path("key_parameters");
    JsonNode ours = ext.path("key_parameters");
    assertEquals("protected", ours.path("form").asText());
    for (String f : List.of("message_type", "date_time", "payload_id", "payload_sequence_number",
        "payload_algorithm", "iv", "dppk_id", "dppk_id_equals_csb_id", "payload_type")) {
      assertEquals(published.path(f), ours.path(f), f);
    }
  }

  @Test
  void decoded_binaryAndHostileIdData_isValidJson() throws Exception {
    MikeyMessage base = new MikeyCodec().decode(StreamwideMessages.octets(
        StreamwideMessages.named(StreamwideMessages.PCK)));
    List<MikeyPayload> p = new ArrayList<>(base.payloads());
    p.set(2, new IdrPayload(IdRole.IDRI, IdType.URI, Bytes.fromHex("22 5c 0a 01 7f c3 28 ff".replace(" ", ""))));
    p.set(3, IdrPayload.uri(IdRole.IDRR, "sip:\"quoted\"\\back@example.org"));
    p.set(8, new KeyParametersExtension(Bytes.fromHex("00112233")));
    JsonNode ours = render(MikeyMessage.of(base.header(), p).encoded(), false);
    assertFalse(ours.path("payloads").get(2).has("text"));
    assertEquals("sip:\"quoted\"\\back@example.org", ours.path("payloads").get(3).path("text").asText());
    assertEquals("legacy", ours.path("payloads").get(8).path("key_parameters").path("form").asText());
    assertTrue(ours.path("payloads").get(8).path("key_parameters").path("reason").asText().startsWith(
        "protected payload of 4 octets is shorter than"));
  }

  private static JsonNode render(Bytes octets, boolean pretty) throws Exception {
    return JSON.readTree(MikeyJson.decoded(new MikeyCodec().decode(octets), pretty));
  }

  /** Every field of {@code expected} is in {@code actual} with an equal value (arrays element by element). */
  private static void assertContains(String path, JsonNode expected, JsonNode actual) {
    if (expected.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        assertTrue(actual.has(e.getKey()), path + "." + e.getKey() + " is missing");
        assertContains(path + "." + e.getKey(), e.getValue(), actual.get(e.getKey()));
      }
    } else if (expected.isArray()) {
      assertEquals(expected.size(), actual.size(), path + " size");
      for (int i = 0; i < expected.size(); i++) {
        assertContains(path + "[" + i + "]", expected.get(i), actual.get(i));
      }
    } else {
      assertEquals(expected, actual, path);
    }
  }
}
