// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.signalling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.MalformedMessageException;

/** The XML bodies: round trips, the 3GPP element names on the wire, and hostile input refused. */
class BodiesTest {
  @Test
  void mcpttInfo_roundTrips_withEveryField() throws Exception {
    McpttInfo i = McpttInfo.groupCall("sip:t@x", "sip:a@x", true).withAssociatedGroupId("sip:g1@x")
        .withCallingGroupId("sip:g1@x").withSecurityConfigurationId("sip:sc@x");
    assertEquals(i, McpttInfo.decode(i.encode()));
    assertTrue(i.encode().contains("<mcpttinfo xmlns=\"urn:3gpp:ns:mcpttInfo:1.0\"><mcptt-Params>"
        + "<session-type>prearranged</session-type><mcptt-request-uri type=\"Normal\"><mcpttURI>sip:t@x"));
    assertTrue(i.encode().contains("<broadcast-ind>true</broadcast-ind>"));
  }

  @Test
  void mcpttInfo_missingRequestUri_namesTheElement() {
    MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> McpttInfo.decode(
        "<mcpttinfo xmlns=\"urn:3gpp:ns:mcpttInfo:1.0\"><mcptt-Params><session-type>prearranged</session-type>"
            + "</mcptt-Params></mcpttinfo>"));
    assertEquals("<mcptt-Params> lacks the required <mcptt-request-uri> element", e.getMessage());
  }

  @Test
  void mcpttInfo_encryptedContent_isRefused() {
    MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> McpttInfo.decode(
        "<mcpttinfo xmlns=\"urn:3gpp:ns:mcpttInfo:1.0\"><mcptt-Params><session-type>prearranged</session-type>"
            + "<mcptt-request-uri type=\"Encrypted\"><mcpttURI>x</mcpttURI></mcptt-request-uri>"
            + "</mcptt-Params></mcpttinfo>"));
    assertEquals("<mcptt-request-uri> has type 'Encrypted'; only Normal is supported (Encrypted needs the CSK)",
        e.getMessage());
  }

  @Test
  void anyBody_withADoctype_isRefused() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<mcpttinfo xmlns=\"urn:3gpp:ns:mcpttInfo:1.0\"><mcptt-Params><session-type>&x;</session-type>"
        + "</mcptt-Params></mcpttinfo>";
    MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> McpttInfo.decode(xxe));
    assertTrue(e.getMessage().startsWith("<mcpttinfo> body is not well-formed XML"), e.getMessage());
  }

  @Test
  void regroupBody_roundTrips_allVariants() throws Exception {
    for (RegroupBody b : List.of(RegroupBody.createGroupRegroup("sip:t@x", List.of("sip:g1@x", "sip:g2@x")),
        RegroupBody.createUserRegroup("sip:t@x", List.of("sip:a@x")).withPreconfiguredGroup("sip:p@x"),
        RegroupBody.createGroupRegroup("sip:t@x", List.of("sip:g1@x")).withSecurityConfiguration("sip:sc@x",
            List.of(new RegroupBody.LeftOut("sip:c@x", "does not hold it"))),
        RegroupBody.remove("sip:t@x"))) {
      assertEquals(b, RegroupBody.decode(b.encode()));
    }
  }

  @Test
  void regroupBody_usesTheF7Names() {
    String xml = RegroupBody.createGroupRegroup("sip:t@x", List.of("sip:g1@x")).withPreconfiguredGroup("sip:p@x")
        .encode();
    assertTrue(xml.contains("<mcpttregroup xmlns=\"urn:3gpp:ns:preconfiguredRegroup:1.0\"><mcpttregroup-Params>"
        + "<preconfig-group-id><preconfigured-group>sip:p@x</preconfigured-group></preconfig-group-id>"
        + "<mcptt-regroup-uri><mcpttURI>sip:t@x</mcpttURI></mcptt-regroup-uri>"
        + "<groups-for-regroup><mcpttURI>sip:g1@x</mcpttURI></groups-for-regroup>"
        + "<regroup-action>create</regroup-action>"), xml);
  }

  @Test
  void regroupBody_unknownAction_isNamed() {
    MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> RegroupBody.decode(
        RegroupBody.remove("sip:t@x").encode().replace(">remove<", ">merge<")));
    assertEquals("<regroup-action> is 'merge'; expected create or remove", e.getMessage());
  }

  @Test
  void affiliationFloorAndSdp_roundTrip() throws Exception {
    AffiliationBody a = new AffiliationBody("sip:a@x", List.of("sip:g1@x", "sip:g2@x"));
    assertEquals(a, AffiliationBody.decode(a.encode()));
    FloorBody f = new FloorBody(FloorBody.FloorMessage.QUEUE_POSITION_INFO, "sip:a@x", 3, Optional.empty());
    assertEquals(f, FloorBody.decode(f.encode()));
    FloorBody d = new FloorBody(FloorBody.FloorMessage.DENY, "sip:a@x", 0, Optional.of("broadcast"));
    assertEquals(d, FloorBody.decode(d.encode()));
    MediaDescription m = new MediaDescription("127.0.0.1", 40000);
    assertEquals(m, MediaDescription.decode(m.encode()));
  }

  @Test
  void multipart_carriesMcpttInfoAndSdp() throws Exception {
    MultipartBody b = MultipartBody.of(new MultipartBody.Part(SipHeaders.MCPTT_INFO,
        McpttInfo.groupCall("sip:g@x", "sip:a@x", false).encode()),
        new MultipartBody.Part(SipHeaders.SDP, new MediaDescription("127.0.0.1", 5000).encode()));
    MultipartBody back = MultipartBody.decode(MultipartBody.CONTENT_TYPE, b.encode());
    assertEquals(b, back);
    assertEquals("multipart body has no application/pidf+xml part",
        assertThrows(MalformedMessageException.class, () -> back.required(SipHeaders.PIDF)).getMessage());
    assertEquals("multipart body has no closing delimiter --mcxsec-part-boundary--", assertThrows(
        MalformedMessageException.class, () -> MultipartBody.decode(MultipartBody.CONTENT_TYPE, "x")).getMessage());
  }
}
