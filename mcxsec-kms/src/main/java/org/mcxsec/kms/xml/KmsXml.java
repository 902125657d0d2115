// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.xml;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.w3c.dom.Element;

/**
 * Names and value encodings of the KMS interface XML (TS 33.180 D.2/D.3; {@code spec/ts33180.md} §2.2).
 * dateTime values are written as UTC instants to the second; hexBinary in upper case (read in either case).
 */
public final class KmsXml {
  /** The KMS interface namespace, the default namespace of every message. */
  public static final String NS = "urn:3gpp:ns:mcsecKMSInterface:1.0";
  /** The KMS redirect response namespace ({@code KrrList}). */
  public static final String NS_KRR = "urn:3gpp:ns:mcsecKMSKRR:1.0";
  /** XML Schema instance ({@code xsi:type} on key content). */
  public static final String NS_XSI = "http://www.w3.org/2001/XMLSchema-instance";
  /** The {@code xsi:type} of key content in the clear. */
  public static final String KEY_CONTENT_TYPE = "KeyContentType";
  /** The media type of requests and responses. */
  public static final String MEDIA_TYPE = "application/xml; charset=UTF-8";

  private static final HexFormat UPPER = HexFormat.of().withUpperCase();

  private KmsXml() {}

  static String dateTime(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** An xsd:dateTime; without a time zone (as some KMSs send it) it is read as UTC. */
  static Instant dateTime(Element e) throws MalformedMessageException {
    String t = ChildCursor.text(e, 64);
    try {
      return java.time.OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException withoutZone) {
      try {
        return java.time.LocalDateTime.parse(t).toInstant(java.time.ZoneOffset.UTC);
      } catch (DateTimeParseException ex) {
        throw new MalformedMessageException("<" + e.getLocalName() + "> '" + t + "' is not an xsd:dateTime");
      }
    }
  }

  static String hex(Bytes b) {
    return UPPER.formatHex(b.toByteArray());
  }

  static Bytes hex(Element e, int maxOctets) throws MalformedMessageException {
    String t = ChildCursor.text(e, 2 * maxOctets);
    try {
      return Bytes.fromHex(t);
    } catch (IllegalArgumentException ex) {
      throw new MalformedMessageException("<" + e.getLocalName() + "> is not hexBinary: " + ex.getMessage());
    }
  }

  static long integer(Element e) throws MalformedMessageException {
    String t = ChildCursor.text(e, 20);
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException ex) {
      throw new MalformedMessageException("<" + e.getLocalName() + "> '" + t + "' is not an integer");
    }
  }

  static boolean bool(Element e) throws MalformedMessageException {
    String t = ChildCursor.text(e, 8);
    switch (t) {
      case "true":
      case "1":
        return true;
      case "false":
      case "0":
        return false;
      default:
        throw new MalformedMessageException("<" + e.getLocalName() + "> '" + t + "' is not an xsd:boolean");
    }
  }
}
