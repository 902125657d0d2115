// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.srtp.SrtpProfile;
import picocli.CommandLine.Option;

/** The options {@code srtp protect} and {@code srtp unprotect} share (design §5). */
public final class SrtpPacketOptions {
  @Option(names = "--profile", required = true, description = "aead-aes-128-gcm or aes-cm-128-hmac-sha1-80")
  String profile;

  @Option(names = "--master-key", required = true, converter = HexConverter.class, description = "16 octets")
  Bytes masterKey;

  @Option(names = "--master-salt", required = true, converter = HexConverter.class,
      description = "12 octets (GCM) or 14 octets (AES-CM)")
  Bytes masterSalt;

  @Option(names = "--mki", converter = HexConverter.class, defaultValue = "",
      description = "MKI: 4 octets (private call), 8 octets GMK-ID ‖ GUK-ID (group call), or none")
  Bytes mki;

  @Option(names = "--roc", defaultValue = "0", description = "rollover counter of the RTP packet (0..2^32-1)")
  long roc;

  @Option(names = "--index", description = "SRTCP index with --rtcp (default: the --roc value)")
  Long index;

  @Option(names = "--packet", required = true, converter = HexConverter.class, description = "the packet")
  Bytes packet;

  @Option(names = "--rtcp", description = "the packet is RTCP (SRTCP)")
  boolean rtcp;

  SrtpProfile profile() {
    return SrtpProfile.fromName(profile);
  }

  /** The ROC for RTP, or the SRTCP index for RTCP. */
  long rocOrIndex() {
    return rtcp && index != null ? index : roc;
  }

  SecretBytes key() {
    return SecretBytes.copyOf(masterKey.toByteArray(), InsecureSecretAccess.get());
  }

  SecretBytes salt() {
    return SecretBytes.copyOf(masterSalt.toByteArray(), InsecureSecretAccess.get());
  }
}
