// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

/**
 * One sender's SRTP receiver and, built on its first SRTCP packet, its SRTCP receiver, with the master key they
 * come from. Package-private: the state behind {@link GroupSrtpReceiver}.
 */
final class SenderContext implements AutoCloseable {
  private final SrtpMasterKey key;
  private final SrtpOptions options;
  private SrtpReceiver rtp;
  private SrtcpReceiver rtcp;

  SenderContext(SrtpMasterKey key, SrtpOptions options) {
    this.key = key;
    this.options = options;
  }

  SrtpReceiver rtp() {
    if (rtp == null) {
      rtp = new SrtpReceiver(key, options);
    }
    return rtp;
  }

  SrtcpReceiver rtcp() {
    if (rtcp == null) {
      rtcp = new SrtcpReceiver(key, options);
    }
    return rtcp;
  }

  @Override
  public void close() {
    if (rtp != null) {
      rtp.close();
    }
    if (rtcp != null) {
      rtcp.close();
    }
    key.close();
  }
}
