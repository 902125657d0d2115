// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp.pcap;

import java.util.Map;
import org.mcxsec.srtp.UnprotectStatus;

/**
 * What {@link SrtpPcapDecryptor} did with a capture.
 *
 * @param frames records read
 * @param datagrams of which UDP over IPv4
 * @param rtpDecrypted SRTP packets written out as plain RTP
 * @param rtcpDecrypted SRTCP packets written out as plain RTCP
 * @param rejected RTP/RTCP-looking datagrams no key opened, by the most telling status (copied unchanged)
 */
public record PcapDecryptReport(long frames, long datagrams, long rtpDecrypted, long rtcpDecrypted,
    Map<UnprotectStatus, Long> rejected) {
  public PcapDecryptReport {
    rejected = Map.copyOf(rejected);
  }
}
