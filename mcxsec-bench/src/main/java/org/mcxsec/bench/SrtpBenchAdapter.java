// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.bench;

import java.util.Arrays;
import java.util.HexFormat;

/** One SRTP implementation under {@link SrtpBenchmark}: a sender and a receiver for one SSRC and master key. */
interface SrtpBenchAdapter extends AutoCloseable {
  /** The master key every implementation uses (the RFC 3711 B.3 key), a fresh copy. */
  static byte[] masterKey() {
    return HexFormat.of().parseHex("e1f97a0d3e018be0d64fa32c06de4139");
  }

  /** The master salt, cut to {@code octets} (14 for AES-CM, 12 for GCM), a fresh copy. */
  static byte[] masterSalt(int octets) {
    return Arrays.copyOf(HexFormat.of().parseHex("0ec675ad498afeebb6960b3aabe6"), octets);
  }

  /** Protects the RTP packet {@code b[0, len)} in place; returns the protected length. */
  int protect(byte[] b, int len);

  /** Unprotects {@code b[0, len)} in place; returns the plain length, or -1 if rejected. */
  int unprotect(byte[] b, int len);

  /** Replaces the receiver with a fresh one (new context, empty replay window). */
  void resetReceiver();

  @Override
  void close();

  static SrtpBenchAdapter create(String impl, String profile, int mki, int ssrc) throws Exception {
    switch (impl) {
      case "mcxsec":
        return new McxsecSrtpAdapter(profile, mki);
      case "jitsi":
        if (mki != 0) {
          throw new UnsupportedOperationException("jitsi-srtp has no MKI support; compare at mki=0");
        }
        return new JitsiSrtpAdapter(profile, ssrc);
      default:
        throw new IllegalArgumentException("unknown implementation '" + impl + "'; expected mcxsec or jitsi");
    }
  }
}
