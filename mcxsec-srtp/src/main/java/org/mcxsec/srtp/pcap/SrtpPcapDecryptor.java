// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.pcap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.srtp.GroupSrtpReceiver;
import org.mcxsec.srtp.PacketBuffer;
import org.mcxsec.srtp.SrtcpReceiver;
import org.mcxsec.srtp.SrtpReceiver;
import org.mcxsec.srtp.UnprotectStatus;

/**
 * Turns an SRTP capture into plain RTP: every UDP datagram that looks like RTP or RTCP version 2 is offered to
 * each key of an {@link SrtpKeyLog} (master keys, then GMKs with per-sender derivation) until one opens it; the
 * frame is written with the plain packet in place of the protected one. Everything else, and packets no key opens,
 * is copied unchanged. RTP and RTCP are told apart by payload type (RFC 5761 §4: 192..223 is RTCP).
 *
 * <p>A rejected attempt changes no receiver state, so trying several keys is safe. Each key keeps its own ROC and
 * replay state, so a capture with duplicated packets reports them as {@code REPLAYED}.
 *
 * <p>Thread safety: not thread-safe; one instance per capture.
 */
public final class SrtpPcapDecryptor implements AutoCloseable {
  private final List<SrtpReceiver> rtp = new ArrayList<>();
  private final List<SrtcpReceiver> rtcp = new ArrayList<>();
  private final List<GroupSrtpReceiver> groups = new ArrayList<>();

  /** A decryptor for the keys in {@code keys}; it keeps its own copies. */
  public SrtpPcapDecryptor(SrtpKeyLog keys) {
    for (SrtpKeyLog.MasterKeyLine k : keys.masterKeys()) {
      rtp.add(new SrtpReceiver(k.key(), k.options()));
      rtcp.add(new SrtcpReceiver(k.key(), k.options()));
    }
    for (SrtpKeyLog.GmkLine g : keys.gmks()) {
      GroupSrtpReceiver receiver = new GroupSrtpReceiver(g.profile(), g.csId(), g.options());
      receiver.addGmk(g.gmk());
      groups.add(receiver);
    }
  }

  /**
   * Reads a classic pcap from {@code in} and writes the decrypted capture, same link type, to {@code out}.
   *
   * @throws MalformedMessageException if the capture is not a classic pcap or a record is cut short
   */
  public PcapDecryptReport decrypt(InputStream in, OutputStream out) throws IOException, MalformedMessageException {
    long frames = 0;
    long datagrams = 0;
    long rtpOk = 0;
    long rtcpOk = 0;
    Map<UnprotectStatus, Long> rejected = new EnumMap<>(UnprotectStatus.class);
    try (PcapReader reader = new PcapReader(in); PcapWriter writer = new PcapWriter(out, reader.linkType())) {
      for (PcapRecord r = reader.next(); r != null; r = reader.next()) {
        frames++;
        UdpFrame udp = UdpFrame.decode(reader.linkType(), r.data());
        if (udp == null) {
          writer.write(r);
          continue;
        }
        datagrams++;
        Bytes payload = udp.payload();
        if (payload.size() < 8 || payload.get(0) >>> 6 != 2) {
          writer.write(r);
          continue;
        }
        boolean isRtcp = payload.get(1) >= 192 && payload.get(1) <= 223;
        PacketBuffer buffer = PacketBuffer.copyOf(payload, 0);
        UnprotectStatus status = isRtcp ? openRtcp(buffer, payload) : openRtp(buffer, payload);
        if (status.isOk()) {
          if (isRtcp) {
            rtcpOk++;
          } else {
            rtpOk++;
          }
          writer.write(PcapRecord.of(r.timestampNanos(), udp.withPayload(buffer.toBytes())));
        } else {
          rejected.merge(status, 1L, Long::sum);
          writer.write(r);
        }
      }
    }
    return new PcapDecryptReport(frames, datagrams, rtpOk, rtcpOk, rejected);
  }

  private UnprotectStatus openRtp(PacketBuffer buffer, Bytes payload) {
    UnprotectStatus best = UnprotectStatus.UNKNOWN_KEY;
    for (SrtpReceiver r : rtp) {
      best = better(best, r.unprotect(reset(buffer, payload)));
      if (best.isOk()) {
        return best;
      }
    }
    for (GroupSrtpReceiver g : groups) {
      best = better(best, g.unprotect(reset(buffer, payload)));
      if (best.isOk()) {
        return best;
      }
    }
    return best;
  }

  private UnprotectStatus openRtcp(PacketBuffer buffer, Bytes payload) {
    UnprotectStatus best = UnprotectStatus.UNKNOWN_KEY;
    for (SrtcpReceiver r : rtcp) {
      best = better(best, r.unprotect(reset(buffer, payload)));
      if (best.isOk()) {
        return best;
      }
    }
    for (GroupSrtpReceiver g : groups) {
      best = better(best, g.unprotectRtcp(reset(buffer, payload)));
      if (best.isOk()) {
        return best;
      }
    }
    return best;
  }

  /** A key that recognised the packet (any status but UNKNOWN_KEY) says more than one that did not. */
  private static UnprotectStatus better(UnprotectStatus sofar, UnprotectStatus next) {
    return next == UnprotectStatus.UNKNOWN_KEY ? sofar : next;
  }

  private static PacketBuffer reset(PacketBuffer buffer, Bytes payload) {
    payload.copyTo(buffer.array(), 0);
    buffer.setLength(payload.size());
    return buffer;
  }

  /** Wipes every session key and GMK copy. */
  @Override
  public void close() {
    rtp.forEach(SrtpReceiver::close);
    rtcp.forEach(SrtcpReceiver::close);
    groups.forEach(GroupSrtpReceiver::close);
  }
}
