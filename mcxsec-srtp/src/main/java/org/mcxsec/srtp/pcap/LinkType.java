// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.pcap;

import org.mcxsec.crypto.MalformedMessageException;

/** The link-layer header types this reader understands (tcpdump.org LINKTYPE_ values). */
public enum LinkType {
  /** IEEE 802.3 Ethernet, optionally with 802.1Q VLAN tags. */
  ETHERNET(1, 14),
  /** Raw IP, no link-layer header (LINKTYPE_RAW). */
  RAW(101, 0),
  /** Linux "cooked" capture v1 (LINKTYPE_LINUX_SLL), as {@code tcpdump -i any} writes. */
  LINUX_SLL(113, 16),
  /** Raw IPv4 (LINKTYPE_IPV4). */
  IPV4(228, 0);

  private final int wire;
  private final int headerOctets;

  LinkType(int wire, int headerOctets) {
    this.wire = wire;
    this.headerOctets = headerOctets;
  }

  /** The LINKTYPE_ value in the pcap header. */
  public int wire() {
    return wire;
  }

  /** Octets of link-layer header before the IP header (without VLAN tags). */
  public int headerOctets() {
    return headerOctets;
  }

  /**
   * The link type with LINKTYPE_ value {@code wire}.
   *
   * @throws MalformedMessageException naming the value and the supported ones
   */
  public static LinkType fromWire(int wire) throws MalformedMessageException {
    for (LinkType t : values()) {
      if (t.wire == wire) {
        return t;
      }
    }
    throw new MalformedMessageException("pcap header: link type " + wire
        + " is not supported; expected 1 (Ethernet), 101 (raw IP), 113 (Linux cooked) or 228 (IPv4)");
  }
}
