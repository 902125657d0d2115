// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.signalling;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mcxsec.crypto.MalformedMessageException;

/**
 * Text encoding of {@link SipMessage} (RFC 3261 §7): start line, header fields, an empty line, the body.
 *
 * <pre>
 *   INVITE sip:g1@example.org SIP/2.0        SIP/2.0 403 Forbidden
 *   Call-ID: 7f3a…                           Call-ID: 7f3a…
 *   Content-Type: application/vnd.3gpp…      Warning: 399 mcptt "148 group is regrouped"
 *   Content-Length: 412                      Content-Length: 0
 *
 *   &lt;body&gt;
 * </pre>
 *
 * Decoding is bounded: at most {@link #MAX_MESSAGE_CHARS} characters, {@link #MAX_HEADERS} headers, and a body
 * exactly as long as Content-Length says (counted in UTF-8 octets). Lines end in CRLF; a bare LF is accepted.
 *
 * <p>Thread safety: stateless.
 */
public final class SipCodec {
  /** Largest message accepted, in characters. */
  public static final int MAX_MESSAGE_CHARS = 64 * 1024;
  /** Most header fields accepted. */
  public static final int MAX_HEADERS = 64;
  private static final String VERSION = "SIP/2.0";

  private SipCodec() {}

  /** Encodes {@code m}, adding Content-Length. */
  public static String encode(SipMessage m) {
    StringBuilder s = new StringBuilder(256 + m.body().length());
    if (m.isRequest()) {
      s.append(m.method()).append(' ').append(m.requestUri()).append(' ').append(VERSION);
    } else {
      s.append(VERSION).append(' ').append(m.status()).append(' ').append(m.reason());
    }
    s.append("\r\n");
    for (SipMessage.Header h : m.headers()) {
      if (!h.name().equalsIgnoreCase(SipHeaders.CONTENT_LENGTH)) {
        s.append(h.name()).append(": ").append(h.value()).append("\r\n");
      }
    }
    s.append(SipHeaders.CONTENT_LENGTH).append(": ")
        .append(m.body().getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n").append(m.body());
    return s.toString();
  }

  /**
   * Decodes one message.
   *
   * @throws MalformedMessageException naming the line, the field and the value that broke a rule
   */
  public static SipMessage decode(String text) throws MalformedMessageException {
    if (text.length() > MAX_MESSAGE_CHARS) {
      throw new MalformedMessageException("SIP message has " + text.length() + " characters; at most "
          + MAX_MESSAGE_CHARS + " are accepted");
    }
    int pos = 0;
    int lineNo = 1;
    int eol = lineEnd(text, pos, lineNo);
    String start = text.substring(pos, eol);
    pos = next(text, eol);
    List<SipMessage.Header> headers = new ArrayList<>();
    int contentLength = -1;
    while (true) {
      lineNo++;
      eol = lineEnd(text, pos, lineNo);
      String line = text.substring(pos, eol);
      pos = next(text, eol);
      if (line.isEmpty()) {
        break;
      }
      if (headers.size() == MAX_HEADERS) {
        throw new MalformedMessageException("SIP message has more than " + MAX_HEADERS + " header fields");
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new MalformedMessageException("SIP line " + lineNo + ": '" + clip(line) + "' is not 'name: value'");
      }
      String name = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      // Content-Length frames the body; it is checked here and not kept (the encoder writes it)
      if (name.equalsIgnoreCase(SipHeaders.CONTENT_LENGTH)) {
        contentLength = parseLength(value, lineNo);
        continue;
      }
      try {
        headers.add(new SipMessage.Header(name, value));
      } catch (IllegalArgumentException e) {
        throw new MalformedMessageException("SIP line " + lineNo + ": " + e.getMessage());
      }
    }
    String body = text.substring(pos);
    int octets = body.getBytes(StandardCharsets.UTF_8).length;
    if (contentLength < 0) {
      throw new MalformedMessageException("SIP message has no Content-Length header");
    }
    if (octets != contentLength) {
      throw new MalformedMessageException("SIP body has " + octets + " octets but Content-Length says "
          + contentLength);
    }
    return startLine(start, headers, body);
  }

  private static SipMessage startLine(String start, List<SipMessage.Header> headers, String body)
      throws MalformedMessageException {
    String[] parts = start.split(" ", 3);
    try {
      if (start.startsWith(VERSION + " ")) {
        if (parts.length < 2 || !parts[1].matches("[1-6]\\d\\d")) {
          throw new MalformedMessageException("SIP status line '" + clip(start) + "' has no status 100-699");
        }
        return new SipMessage("", "", Integer.parseInt(parts[1]), parts.length == 3 ? parts[2] : "", headers,
            body);
      }
      if (parts.length != 3 || !parts[2].equals(VERSION)) {
        throw new MalformedMessageException("SIP request line '" + clip(start)
            + "' is not 'METHOD Request-URI SIP/2.0'");
      }
      return new SipMessage(parts[0], parts[1], 0, "", headers, body);
    } catch (IllegalArgumentException e) {
      throw new MalformedMessageException("SIP start line '" + clip(start) + "': " + e.getMessage());
    }
  }

  private static int parseLength(String value, int lineNo) throws MalformedMessageException {
    if (!value.matches("\\d{1,6}")) {
      throw new MalformedMessageException("SIP line " + lineNo + ": Content-Length '" + clip(value)
          + "' is not a number of 1 to 6 digits");
    }
    return Integer.parseInt(value);
  }

  private static int lineEnd(String text, int from, int lineNo) throws MalformedMessageException {
    int lf = text.indexOf('\n', from);
    if (lf < 0) {
      throw new MalformedMessageException("SIP message ends inside line " + lineNo + " (no empty line before "
          + "the body)");
    }
    return lf > from && text.charAt(lf - 1) == '\r' ? lf - 1 : lf;
  }

  private static int next(String text, int eol) {
    return text.charAt(eol) == '\r' ? eol + 2 : eol + 1;
  }

  private static String clip(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }
}
