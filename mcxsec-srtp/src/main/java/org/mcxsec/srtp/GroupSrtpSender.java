// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.crypto.kdf.UserSalt;

/**
 * A group member sending media: SRTP and SRTCP under the master key derived from the GMK and the member's own
 * GUK-ID (TS 33.180 §7.4.2), with MKI GMK-ID || GUK-ID in every packet.
 *
 * <p>Security: holds session keys; {@link #close()} wipes them. Thread safety: not thread-safe.
 */
public final class GroupSrtpSender implements AutoCloseable {
  private final SrtpSender rtp;
  private final SrtcpSender rtcp;
  private final Bytes mki;

  /** A sender for the member whose GUK-ID is {@code gukId}; {@code gmk} may be closed afterwards. */
  public GroupSrtpSender(GroupMasterKey gmk, int gukId, SrtpProfile profile, int csId, SrtpOptions options) {
    try (SrtpMasterKey key = MediaKeyDerivation.groupSenderKey(gmk, gukId, csId, profile)) {
      this.rtp = new SrtpSender(key, options);
      this.rtcp = new SrtcpSender(key, options);
      this.mki = key.mki();
    }
  }

  /** A sender for the member {@code userUri}, whose GUK-ID is GMK-ID XOR its user salt (TS 33.180 F.1.3). */
  public static GroupSrtpSender forMember(GroupMasterKey gmk, String userUri, SrtpProfile profile, int csId,
      SrtpOptions options) {
    return new GroupSrtpSender(gmk, UserSalt.gukId(gmk.gmkId(), gmk.gmk(), userUri), profile, csId, options);
  }

  /** GMK-ID || GUK-ID. */
  public Bytes mki() {
    return mki;
  }

  public int overhead() {
    return rtp.overhead();
  }

  public int rtcpOverhead() {
    return rtcp.overhead();
  }

  /** See {@link SrtpSender#protect(PacketBuffer)}. */
  public void protect(PacketBuffer packet) throws MalformedMessageException, PolicyException {
    rtp.protect(packet);
  }

  /** See {@link SrtpSender#protect(Bytes)}. */
  public Bytes protect(Bytes packet) throws MalformedMessageException, PolicyException {
    return rtp.protect(packet);
  }

  /** See {@link SrtcpSender#protect(PacketBuffer)}. */
  public void protectRtcp(PacketBuffer packet) throws MalformedMessageException, PolicyException {
    rtcp.protect(packet);
  }

  /** See {@link SrtcpSender#protect(Bytes)}. */
  public Bytes protectRtcp(Bytes packet) throws MalformedMessageException, PolicyException {
    return rtcp.protect(packet);
  }

  @Override
  public void close() {
    rtp.close();
    rtcp.close();
  }

  @Override
  public String toString() {
    return "GroupSrtpSender[mki=" + mki + ", " + rtp.profile() + "]";
  }
}
