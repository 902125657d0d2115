// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.MalformedMessageException;

class KmsRequestCodecTest {
  private final KmsRequestCodec codec = new KmsRequestCodec();
  private final KmsRequest request = new KmsRequest("sip:alice@example.org", "kms.example.org",
      Instant.parse("2026-03-10T12:00:00Z"), "client-1", null, "https://kms.example.org/keymanagement/identity/v1/init");

  private static byte[] xml(String body) {
    return ("<?xml version=\"1.0\"?><KmsRequest xmlns=\"urn:3gpp:ns:mcsecKMSInterface:1.0\" Version=\"1.1.0\">"
        + body + "</KmsRequest>").getBytes(StandardCharsets.UTF_8);
  }

  private static final String MINIMAL = "<UserUri>sip:alice@example.org</UserUri><KmsUri>kms.example.org</KmsUri>"
      + "<Time>2026-03-10T12:00:00Z</Time><ClientReqUrl>https://kms.example.org/x</ClientReqUrl>";

  private String rejected(byte[] body) {
    return assertThrows(MalformedMessageException.class, () -> codec.read(body)).getMessage();
  }

  @Test
  void read_written_roundTrips() throws Exception {
    assertEquals(request, codec.read(codec.write(request)));
  }

  @Test
  void write_usesTheKmsNamespaceAndElementOrder() {
    String s = new String(codec.write(request), StandardCharsets.UTF_8);
    assertTrue(s.contains("<KmsRequest xmlns=\"urn:3gpp:ns:mcsecKMSInterface:1.0\""), s);
    assertTrue(s.indexOf("<UserUri>") < s.indexOf("<KmsUri>") && s.indexOf("<KmsUri>") < s.indexOf("<Time>")
        && s.indexOf("<ClientId>") < s.indexOf("<ClientReqUrl>"), s);
  }

  @Test
  void read_minimal_acceptsWithoutOptionals() throws Exception {
    KmsRequest r = codec.read(xml(MINIMAL));
    assertEquals("sip:alice@example.org", r.userUri());
    assertEquals(null, r.clientId());
  }

  @Test
  void read_trailingElementOfOtherNamespace_isIgnored() throws Exception {
    codec.read(xml(MINIMAL + "<x:Ext xmlns:x=\"urn:example:ext\">anything</x:Ext>"));
  }

  @Test
  void read_unknownElement_namesItAndPosition() {
    assertEquals("KmsRequest child 5: unknown or misplaced element <Bogus>", rejected(xml(MINIMAL + "<Bogus/>")));
  }

  @Test
  void read_missingTime_namesExpectedElement() {
    String body = "<UserUri>u</UserUri><KmsUri>k</KmsUri><ClientReqUrl>c</ClientReqUrl>";
    assertEquals("KmsRequest child 3: expected <Time>, found <ClientReqUrl>", rejected(xml(body)));
  }

  @Test
  void read_wrongOrder_isRefused() {
    String body = "<KmsUri>k</KmsUri><UserUri>u</UserUri><Time>2026-03-10T12:00:00Z</Time><ClientReqUrl>c"
        + "</ClientReqUrl>";
    assertEquals("KmsRequest child 1: expected <UserUri>, found <KmsUri>", rejected(xml(body)));
  }

  @Test
  void read_badTime_namesValue() {
    String body = MINIMAL.replace("2026-03-10T12:00:00Z", "yesterday");
    assertEquals("<Time> 'yesterday' is not an xsd:dateTime", rejected(xml(body)));
  }

  @Test
  void read_timeWithoutZone_isUtc() throws Exception {
    String body = MINIMAL.replace("2026-03-10T12:00:00Z", "2026-03-10T12:00:00");
    assertEquals(Instant.parse("2026-03-10T12:00:00Z"), codec.read(xml(body)).time());
  }

  @Test
  void read_noNamespace_isRefused() {
    byte[] body = ("<KmsRequest>" + MINIMAL + "</KmsRequest>").getBytes(StandardCharsets.UTF_8);
    assertEquals("root element <KmsRequest> is not in namespace urn:3gpp:ns:mcsecKMSInterface:1.0",
        rejected(body));
  }

  @Test
  void read_signedRequest_isRefusedWithReason() {
    byte[] body = "<SignedKmsRequest xmlns=\"urn:3gpp:ns:mcsecKMSInterface:1.0\"/>".getBytes(StandardCharsets.UTF_8);
    assertEquals("SignedKmsRequest is not supported: no integrity key is provisioned; send KmsRequest",
        rejected(body));
  }

  @Test
  void read_doctypeWithExternalEntity_isRefusedBeforeResolving() {
    byte[] body = ("<?xml version=\"1.0\"?><!DOCTYPE KmsRequest [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<KmsRequest xmlns=\"urn:3gpp:ns:mcsecKMSInterface:1.0\"><UserUri>&x;</UserUri></KmsRequest>")
        .getBytes(StandardCharsets.UTF_8);
    String m = rejected(body);
    assertTrue(m.startsWith("KmsRequest is not well-formed XML at line 1"), m);
    assertTrue(m.contains("DOCTYPE"), m);
  }

  @Test
  void read_entityExpansionBomb_isRefused() {
    byte[] body = ("<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        + "<r>&b;</r>").getBytes(StandardCharsets.UTF_8);
    assertThrows(MalformedMessageException.class, () -> codec.read(body));
  }

  @Test
  void read_notXml_namesLineAndColumn() {
    String m = rejected("hello".getBytes(StandardCharsets.UTF_8));
    assertTrue(m.startsWith("KmsRequest is not well-formed XML at line 1, column 1"), m);
  }

  @Test
  void read_everyTruncation_isRefused() {
    byte[] full = codec.write(request);
    for (int len = 0; len < full.length; len++) {
      byte[] cut = java.util.Arrays.copyOf(full, len);
      assertThrows(MalformedMessageException.class, () -> codec.read(cut), "length " + len);
    }
  }

  @Test
  void read_overlongUri_isRefused() {
    String body = MINIMAL.replace("sip:alice@example.org", "sip:" + "a".repeat(2000));
    assertEquals("<UserUri> has 2004 characters, at most 1024 allowed", rejected(xml(body)));
  }

  @Test
  void read_childElementsInsideText_isRefused() {
    String body = MINIMAL.replace("<UserUri>sip:alice@example.org</UserUri>", "<UserUri><b/></UserUri>");
    assertEquals("<UserUri> must contain text only", rejected(xml(body)));
  }
}
