// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.signalling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.MalformedMessageException;

class SipCodecTest {
  static final SipMessage INVITE = SipMessage.request("INVITE", "sip:g1@example.org")
      .with(SipHeaders.CALL_ID, "c1").with(SipHeaders.CSEQ, "1 INVITE").with(SipHeaders.FROM, "sip:a@example.org")
      .withBody(SipHeaders.MCPTT_INFO, McpttInfo.groupCall("sip:g1@example.org", "sip:a@example.org", false)
          .encode());

  @Test
  void encodeDecode_requestAndResponse_roundTrip() throws Exception {
    assertEquals(INVITE, SipCodec.decode(SipCodec.encode(INVITE)));
    SipMessage r = SipMessage.responseTo(INVITE, 403, "Forbidden")
        .with(SipHeaders.WARNING, Warning.GROUP_IS_REGROUPED.toHeader());
    SipMessage back = SipCodec.decode(SipCodec.encode(r));
    assertEquals(r, back);
    assertEquals(Optional.of(Warning.GROUP_IS_REGROUPED), back.warning());
    assertEquals("c1", back.callId());
  }

  @Test
  void encode_writesTheSipStartLineAndContentLength() {
    String text = SipCodec.encode(SipMessage.request("BYE", "sip:g1@example.org").with(SipHeaders.CALL_ID, "c1"));
    assertEquals("BYE sip:g1@example.org SIP/2.0\r\nCall-ID: c1\r\nContent-Length: 0\r\n\r\n", text);
  }

  @Test
  void decode_everyTruncation_throwsMalformed() {
    String text = SipCodec.encode(INVITE);
    for (int len = 0; len < text.length(); len++) {
      String cut = text.substring(0, len);
      assertThrows(MalformedMessageException.class, () -> SipCodec.decode(cut), "length " + len);
    }
  }

  @Test
  void decode_bareLineFeeds_areAccepted() throws Exception {
    SipMessage m = SipCodec.decode("MESSAGE sip:t@x SIP/2.0\nCall-ID: r\nContent-Length: 2\n\nhi");
    assertEquals("hi", m.body());
    assertEquals("MESSAGE", m.method());
  }

  @Test
  void decode_exactMessages() {
    assertEquals("SIP body has 3 octets but Content-Length says 2", message("BYE x SIP/2.0\r\nContent-Length: 2\r\n\r\nabc"));
    assertEquals("SIP message has no Content-Length header", message("BYE x SIP/2.0\r\n\r\n"));
    assertEquals("SIP request line 'BYE x' is not 'METHOD Request-URI SIP/2.0'",
        message("BYE x\r\nContent-Length: 0\r\n\r\n"));
    assertEquals("SIP status line 'SIP/2.0 99 Odd' has no status 100-699",
        message("SIP/2.0 99 Odd\r\nContent-Length: 0\r\n\r\n"));
    assertEquals("SIP line 2: 'no colon' is not 'name: value'", message("BYE x SIP/2.0\r\nno colon\r\n\r\n"));
    assertEquals("SIP line 2: Content-Length '-1' is not a number of 1 to 6 digits",
        message("BYE x SIP/2.0\r\nContent-Length: -1\r\n\r\n"));
    assertEquals("SIP start line 'bye x SIP/2.0': method 'bye' is not 1 to 16 upper-case letters",
        message("bye x SIP/2.0\r\nContent-Length: 0\r\n\r\n"));
    assertEquals("SIP message has 65537 characters; at most 65536 are accepted", message("x".repeat(65537)));
    assertEquals("SIP message has more than 64 header fields",
        message("BYE x SIP/2.0\r\n" + "A: b\r\n".repeat(65) + "Content-Length: 0\r\n\r\n"));
  }

  private static String message(String text) {
    return assertThrows(MalformedMessageException.class, () -> SipCodec.decode(text)).getMessage();
  }

  @Test
  void warning_headerForm_roundTrips_andOtherFormsAreIgnored() {
    assertEquals("399 mcptt \"148 group is regrouped\"", Warning.GROUP_IS_REGROUPED.toHeader());
    assertEquals(Optional.of(new Warning(165, "group ID for regroup already in use")),
        Warning.fromHeader("399 mcptt \"165 group ID for regroup already in use\""));
    assertEquals(Optional.empty(), Warning.fromHeader("301 host \"moved\""));
  }
}
