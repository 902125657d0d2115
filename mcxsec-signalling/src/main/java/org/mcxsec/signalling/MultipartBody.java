// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.signalling;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mcxsec.crypto.MalformedMessageException;

/**
 * A {@code multipart/mixed} body (RFC 2046 §5.1) as an INVITE carries mcptt-info and SDP together
 * (TS 24.379 6.2). Each part has a Content-Type and text content.
 */
public record MultipartBody(List<Part> parts) {
  /** Content-Type of an encoded body. */
  public static final String CONTENT_TYPE = "multipart/mixed;boundary=" + MultipartBody.BOUNDARY;
  static final String BOUNDARY = "mcxsec-part-boundary";
  static final int MAX_PARTS = 8;

  /** One part. */
  public record Part(String contentType, String content) {
    public Part {
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(content, "content");
      if (content.contains("--" + BOUNDARY)) {
        throw new IllegalArgumentException("part content contains the boundary");
      }
    }
  }

  public MultipartBody {
    parts = List.copyOf(parts);
  }

  public static MultipartBody of(Part... parts) {
    return new MultipartBody(List.of(parts));
  }

  /** The content of the first part of {@code type}. */
  public Optional<String> part(String type) {
    return parts.stream().filter(p -> p.contentType().equalsIgnoreCase(type)).map(Part::content).findFirst();
  }

  /** The first part of {@code type}, or an error naming the missing type. */
  public String required(String type) throws MalformedMessageException {
    return part(type).orElseThrow(() -> new MalformedMessageException("multipart body has no " + type + " part"));
  }

  public String encode() {
    StringBuilder b = new StringBuilder();
    for (Part p : parts) {
      b.append("--").append(BOUNDARY).append("\r\nContent-Type: ").append(p.contentType()).append("\r\n\r\n")
          .append(p.content()).append("\r\n");
    }
    return b.append("--").append(BOUNDARY).append("--\r\n").toString();
  }

  /**
   * Decodes a body whose Content-Type is {@code contentType}; a single-part body of another type becomes one
   * part.
   *
   * @throws MalformedMessageException if the boundary structure is broken
   */
  public static MultipartBody decode(String contentType, String body) throws MalformedMessageException {
    String ct = contentType.toLowerCase(java.util.Locale.ROOT);
    if (!ct.startsWith("multipart/mixed")) {
      return new MultipartBody(List.of(new Part(contentType, body)));
    }
    int at = ct.indexOf("boundary=");
    if (at < 0) {
      throw new MalformedMessageException("multipart/mixed Content-Type has no boundary parameter");
    }
    String boundary = contentType.substring(at + 9).replace("\"", "").split(";")[0].strip();
    String delimiter = "--" + boundary;
    int end = body.indexOf(delimiter + "--");
    if (end < 0) {
      throw new MalformedMessageException("multipart body has no closing delimiter " + delimiter + "--");
    }
    List<Part> parts = new ArrayList<>();
    for (String chunk : body.substring(0, end).split(java.util.regex.Pattern.quote(delimiter), -1)) {
      if (chunk.isBlank()) {
        continue;
      }
      if (parts.size() == MAX_PARTS) {
        throw new MalformedMessageException("multipart body has more than " + MAX_PARTS + " parts");
      }
      String c = chunk.startsWith("\r\n") ? chunk.substring(2) : chunk.startsWith("\n") ? chunk.substring(1) : chunk;
      int blank = c.indexOf("\r\n\r\n");
      int skip = 4;
      if (blank < 0) {
        blank = c.indexOf("\n\n");
        skip = 2;
      }
      if (blank < 0) {
        throw new MalformedMessageException("multipart part " + (parts.size() + 1) + " has no header end");
      }
      String type = null;
      for (String h : c.substring(0, blank).split("\r?\n")) {
        if (h.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
          type = h.substring(13).strip();
        }
      }
      if (type == null) {
        throw new MalformedMessageException("multipart part " + (parts.size() + 1) + " has no Content-Type");
      }
      String content = c.substring(blank + skip);
      content = content.endsWith("\r\n") ? content.substring(0, content.length() - 2)
          : content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
      parts.add(new Part(type, content));
    }
    return new MultipartBody(parts);
  }
}
