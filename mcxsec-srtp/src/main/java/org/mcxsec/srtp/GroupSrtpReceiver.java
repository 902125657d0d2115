// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.srtp.internal.RtpHeader;
import org.mcxsec.srtp.internal.SrtpLayout;

/**
 * A group member receiving media from any sender (TS 33.180 §7.4.2): it holds the GMKs it knows and derives each
 * sender's master key from the MKI of that sender's packets.
 *
 * <pre>
 *   MKI (8 octets) = GMK-ID (4) || GUK-ID (4)
 *   GMK-ID  -> the GMK and its RAND            (unknown: UNKNOWN_KEY)
 *   GUK-ID  -> CSB ID of the sender's keys     master key, salt = PRF(GMK, const || CS-ID || GUK-ID || RAND)
 * </pre>
 *
 * On a sender's first packet the receiver derives its keys and builds an {@link SrtpReceiver} (or
 * {@link SrtcpReceiver}); the context is kept, by MKI, only if that packet authenticates, so forged MKIs leave
 * nothing behind. A GUK-ID whose purpose tag (4 high bits) differs from its GMK-ID's cannot come from a member
 * (TS 33.180 F.1.3 XORs only the 28 low bits) and is refused without a derivation. At most {@code maxSenders}
 * contexts are kept; the least recently used one gives way.
 *
 * <p>Security: every new MKI with a known GMK-ID costs a key derivation before its packet can be rejected.
 * Holds GMKs and session keys; {@link #close()} wipes them. Thread safety: not thread-safe.
 */
public final class GroupSrtpReceiver implements AutoCloseable {
  private static final int MKI_OCTETS = 8;

  private final SrtpProfile profile;
  private final int csId;
  private final SrtpOptions options;
  private final int minRtpLength;
  private final int minRtcpLength;
  private final Map<Integer, GroupMasterKey> gmks = new HashMap<>();
  private final LinkedHashMap<Long, SenderContext> senders;
  private long lastMki;
  private SenderContext last;

  /** A receiver for {@code profile} and CS-ID {@code csId}, keeping at most 1024 senders. */
  public GroupSrtpReceiver(SrtpProfile profile, int csId, SrtpOptions options) {
    this(profile, csId, options, 1024);
  }

  public GroupSrtpReceiver(SrtpProfile profile, int csId, SrtpOptions options, int maxSenders) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.options = Objects.requireNonNull(options, "options");
    if (csId < 0 || csId > 0xFF) {
      throw new IllegalArgumentException("CS-ID " + csId + " is not one octet");
    }
    if (maxSenders < 1) {
      throw new IllegalArgumentException("max senders " + maxSenders + " is below 1");
    }
    SrtpSender.requireRccWithAead(profile, options);
    this.csId = csId;
    this.minRtpLength = SrtpLayout.minRtpLength(profile, MKI_OCTETS);
    this.minRtcpLength = SrtpLayout.minRtcpLength(profile, MKI_OCTETS);
    this.senders = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, SenderContext> eldest) {
        if (size() <= maxSenders) {
          return false;
        }
        if (eldest.getValue() == last) {
          last = null;
        }
        eldest.getValue().close();
        return true;
      }
    };
  }

  /** Adds a GMK (copied; the caller may close its own), replacing one with the same GMK-ID and its senders. */
  public void addGmk(GroupMasterKey gmk) {
    removeGmk(gmk.gmkId());
    gmks.put(gmk.gmkId(), gmk.copy());
  }

  /** Forgets the GMK {@code gmkId} and every sender context derived from it; false if it was not held. */
  public boolean removeGmk(int gmkId) {
    GroupMasterKey old = gmks.remove(gmkId);
    for (Iterator<Map.Entry<Long, SenderContext>> it = senders.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Long, SenderContext> e = it.next();
      if ((int) (e.getKey() >>> 32) == gmkId) {
        e.getValue().close();
        it.remove();
      }
    }
    last = null;
    if (old != null) {
      old.close();
    }
    return old != null;
  }

  /** Number of sender contexts held. */
  public int senderCount() {
    return senders.size();
  }

  /** Unprotects an SRTP packet from any sender of a held GMK; see {@link SrtpReceiver#unprotect(PacketBuffer)}. */
  public UnprotectStatus unprotect(PacketBuffer packet) {
    byte[] b = packet.array();
    int off = packet.offset();
    int len = packet.length();
    if (len < minRtpLength) {
      return UnprotectStatus.MALFORMED;
    }
    int rcc = options.rccm3Rate();
    int end = rcc > 0 && RtpHeader.sequenceNumber(b, off) % rcc == 0 ? len - 4 : len;
    if (end < minRtpLength) {
      return UnprotectStatus.MALFORMED;
    }
    long mki = readMki(b, off + SrtpLayout.rtpMkiOffset(profile, end, MKI_OCTETS));
    SenderContext known = find(mki);
    if (known != null) {
      return known.rtp().unprotect(packet);
    }
    SenderContext fresh = derive(mki);
    if (fresh == null) {
      return UnprotectStatus.UNKNOWN_KEY;
    }
    return keepIfOk(mki, fresh, fresh.rtp().unprotect(packet));
  }

  /** Unprotects a copy of {@code packet}. */
  public UnprotectResult unprotect(Bytes packet) {
    return UnprotectResult.onCopy(packet, this::unprotect);
  }

  /** Unprotects an SRTCP packet from any sender of a held GMK (same master key and MKI as its SRTP). */
  public UnprotectStatus unprotectRtcp(PacketBuffer packet) {
    byte[] b = packet.array();
    int off = packet.offset();
    if (packet.length() < minRtcpLength) {
      return UnprotectStatus.MALFORMED;
    }
    long mki = readMki(b, off + SrtpLayout.rtcpMkiOffset(profile, packet.length(), MKI_OCTETS));
    SenderContext known = find(mki);
    if (known != null) {
      return known.rtcp().unprotect(packet);
    }
    SenderContext fresh = derive(mki);
    if (fresh == null) {
      return UnprotectStatus.UNKNOWN_KEY;
    }
    return keepIfOk(mki, fresh, fresh.rtcp().unprotect(packet));
  }

  /** Unprotects a copy of {@code packet}. */
  public UnprotectResult unprotectRtcp(Bytes packet) {
    return UnprotectResult.onCopy(packet, this::unprotectRtcp);
  }

  private SenderContext find(long mki) {
    if (last != null && lastMki == mki) {
      return last;
    }
    SenderContext s = senders.get(mki);
    if (s != null) {
      last = s;
      lastMki = mki;
    }
    return s;
  }

  /** The sender's keys, or null if its GMK-ID is unknown or its GUK-ID cannot belong to that GMK. */
  private SenderContext derive(long mki) {
    int gmkId = (int) (mki >>> 32);
    int gukId = (int) mki;
    GroupMasterKey gmk = gmks.get(gmkId);
    if (gmk == null || (gmkId >>> 28) != (gukId >>> 28)) {
      return null;
    }
    return new SenderContext(MediaKeyDerivation.groupSenderKey(gmk, gukId, csId, profile), options);
  }

  private UnprotectStatus keepIfOk(long mki, SenderContext fresh, UnprotectStatus status) {
    if (status.isOk()) {
      senders.put(mki, fresh);
      last = fresh;
      lastMki = mki;
    } else {
      fresh.close();
    }
    return status;
  }

  private static long readMki(byte[] b, int off) {
    return (RtpHeader.readInt(b, off) & 0xFFFF_FFFFL) << 32 | (RtpHeader.readInt(b, off + 4) & 0xFFFF_FFFFL);
  }

  /** Wipes every GMK and sender context. */
  @Override
  public void close() {
    senders.values().forEach(SenderContext::close);
    senders.clear();
    gmks.values().forEach(GroupMasterKey::close);
    gmks.clear();
    last = null;
  }

  @Override
  public String toString() {
    return "GroupSrtpReceiver[" + profile + ", CS-ID " + csId + ", " + gmks.size() + " GMKs, " + senders.size()
        + " senders]";
  }
}
