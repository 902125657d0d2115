// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.signalling;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One call-control message in SIP shape (RFC 3261 §7): a request ({@code INVITE}, {@code BYE}, {@code MESSAGE},
 * {@code PUBLISH}, {@code INFO}) or a response (status and reason), header fields, and a text body. The call
 * server and the client exchange these over a WebSocket (one message per text frame, as RFC 7118 does for SIP),
 * so a SIP transport can carry the same messages later.
 *
 * <p>The methods keep their 24.379 meaning: INVITE sets up or joins a group call (mcptt-info + SDP), BYE leaves
 * or ends it, MESSAGE carries the regroup body (24.379 16.1), PUBLISH carries affiliation (24.379 9.2.2), INFO
 * carries floor control (a stand-in for the 24.380 RTCP APP messages on the media plane).
 *
 * @param method the request method, or empty for a response
 * @param requestUri the Request-URI, or empty for a response
 * @param status the response status (100-699), or 0 for a request
 * @param reason the response reason phrase, or empty for a request
 * @param headers header fields in order
 * @param body the body (empty when there is none)
 */
public record SipMessage(String method, String requestUri, int status, String reason, List<Header> headers,
    String body) {
  /** One header field. */
  public record Header(String name, String value) {
    public Header {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (!name.matches("[A-Za-z0-9\\-]{1,64}")) {
        throw new IllegalArgumentException("header name '" + name + "' is not a token of 1 to 64 characters");
      }
      if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("header " + name + " value contains a line break");
      }
    }
  }

  public SipMessage {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(requestUri, "requestUri");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(body, "body");
    headers = List.copyOf(headers);
    if (method.isEmpty() == (status == 0)) {
      throw new IllegalArgumentException("a message is either a request (method, status 0) or a response "
          + "(status 100-699, no method); got method '" + method + "' and status " + status);
    }
    if (status != 0 && (status < 100 || status > 699)) {
      throw new IllegalArgumentException("status " + status + " is outside [100, 699]");
    }
    if (!method.isEmpty() && !method.matches("[A-Z]{1,16}")) {
      throw new IllegalArgumentException("method '" + method + "' is not 1 to 16 upper-case letters");
    }
    if (requestUri.chars().anyMatch(c -> c <= ' ')) {
      throw new IllegalArgumentException("Request-URI '" + requestUri + "' contains white space");
    }
  }

  /** A request without headers or body. */
  public static SipMessage request(String method, String requestUri) {
    return new SipMessage(method, requestUri, 0, "", List.of(), "");
  }

  /** A response to {@code request}, copying its Call-ID and CSeq (RFC 3261 §8.2.6.2). */
  public static SipMessage responseTo(SipMessage request, int status, String reason) {
    SipMessage r = new SipMessage("", "", status, reason, List.of(), "");
    for (String name : List.of(SipHeaders.CALL_ID, SipHeaders.CSEQ, SipHeaders.FROM, SipHeaders.TO)) {
      Optional<String> v = request.header(name);
      if (v.isPresent()) {
        r = r.with(name, v.get());
      }
    }
    return r;
  }

  public boolean isRequest() {
    return status == 0;
  }

  /** A copy with one more header field. */
  public SipMessage with(String name, String value) {
    List<Header> h = new ArrayList<>(headers);
    h.add(new Header(name, value));
    return new SipMessage(method, requestUri, status, reason, h, body);
  }

  /** A copy with {@code body} and its Content-Type (Content-Length is computed when encoding). */
  public SipMessage withBody(String contentType, String newBody) {
    List<Header> h = new ArrayList<>();
    for (Header x : headers) {
      if (!x.name().equalsIgnoreCase(SipHeaders.CONTENT_TYPE)) {
        h.add(x);
      }
    }
    h.add(new Header(SipHeaders.CONTENT_TYPE, contentType));
    return new SipMessage(method, requestUri, status, reason, h, newBody);
  }

  /** The first value of header {@code name} (case-insensitive, RFC 3261 §7.3.1). */
  public Optional<String> header(String name) {
    for (Header h : headers) {
      if (h.name().equalsIgnoreCase(name)) {
        return Optional.of(h.value());
      }
    }
    return Optional.empty();
  }

  /** The Call-ID, or empty. */
  public String callId() {
    return header(SipHeaders.CALL_ID).orElse("");
  }

  /** The Content-Type, or empty. */
  public String contentType() {
    return header(SipHeaders.CONTENT_TYPE).orElse("");
  }

  /** The MCPTT warning of this response (24.379 4.4.2), if it carries one. */
  public Optional<Warning> warning() {
    return header(SipHeaders.WARNING).flatMap(Warning::fromHeader);
  }

  @Override
  public String toString() {
    return isRequest() ? method + " " + requestUri + " (" + callId() + ")"
        : status + " " + reason + " (" + callId() + ")";
  }
}
