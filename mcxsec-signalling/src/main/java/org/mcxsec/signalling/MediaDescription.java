// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.signalling;

import java.util.Objects;
import org.mcxsec.crypto.MalformedMessageException;

/**
 * The one media line of a group call's session description (RFC 4566): where a party receives SRTP. Group calls
 * carry no {@code a=key-mgmt} (the GMK is already in place; receivers pick it by the GMK-ID in the MKI).
 *
 * @param address the IPv4 or IPv6 address literal
 * @param port the UDP port, 1 to 65535
 */
public record MediaDescription(String address, int port) {
  /** Most SDP lines accepted. */
  static final int MAX_LINES = 64;

  public MediaDescription {
    Objects.requireNonNull(address, "address");
    if (!address.matches("[0-9A-Fa-f.:]{2,45}")) {
      throw new IllegalArgumentException("address '" + address + "' is not an IP address literal");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is outside [1, 65535]");
    }
  }

  /** The SDP text. */
  public String encode() {
    String ipv = address.contains(":") ? "IP6" : "IP4";
    return "v=0\r\no=- 0 0 IN " + ipv + " " + address + "\r\ns=-\r\nc=IN " + ipv + " " + address
        + "\r\nt=0 0\r\nm=audio " + port + " RTP/SAVP 96\r\na=rtpmap:96 AMR-WB/16000\r\n";
  }

  /** @throws MalformedMessageException if the c= or m=audio line is missing or invalid */
  public static MediaDescription decode(String sdp) throws MalformedMessageException {
    String[] lines = sdp.split("\r?\n");
    if (lines.length > MAX_LINES) {
      throw new MalformedMessageException("SDP has " + lines.length + " lines; at most " + MAX_LINES);
    }
    String address = null;
    int port = -1;
    for (String l : lines) {
      if (l.startsWith("c=IN ")) {
        String[] p = l.split(" ");
        if (p.length != 3) {
          throw new MalformedMessageException("SDP line '" + l + "' is not 'c=IN IP4 address'");
        }
        address = p[2];
      } else if (l.startsWith("m=audio ")) {
        String[] p = l.split(" ");
        if (p.length < 2 || !p[1].matches("\\d{1,5}")) {
          throw new MalformedMessageException("SDP line '" + l + "' has no port");
        }
        port = Integer.parseInt(p[1]);
      }
    }
    if (address == null || port < 0) {
      throw new MalformedMessageException("SDP lacks " + (address == null ? "a c= line" : "an m=audio line"));
    }
    try {
      return new MediaDescription(address, port);
    } catch (IllegalArgumentException e) {
      throw new MalformedMessageException("SDP: " + e.getMessage());
    }
  }
}
