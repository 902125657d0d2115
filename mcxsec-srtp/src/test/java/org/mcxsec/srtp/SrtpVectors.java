// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.srtp;

import java.util.List;
import java.util.stream.Stream;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** Loads the SRTP vector files and turns their fields into this module's types. */
final class SrtpVectors {
  static final VectorFile RFC3711 = VectorFile.load(VectorFile.RFC3711_SRTP);
  static final VectorFile RFC7714 = VectorFile.load(VectorFile.RFC7714_SRTP_GCM);

  private SrtpVectors() {}

  /** Every session vector (a master key with RTP and maybe RTCP packets) of both files. */
  static List<Vector> sessions() {
    return Stream.of(RFC3711, RFC7714)
        .flatMap(f -> f.select(v -> v.has("rtp") && v.isValid()).stream())
        .toList();
  }

  /** Session vectors that also carry SRTCP packets. */
  static List<Vector> rtcpSessions() {
    return sessions().stream().filter(v -> v.has("rtcp")).toList();
  }

  /** The 5 + 5 negative vectors. */
  static List<Vector> invalid() {
    return Stream.of(RFC3711, RFC7714).flatMap(f -> f.select(v -> !v.isValid()).stream()).toList();
  }

  static SrtpMasterKey masterKey(Vector v) {
    return SrtpMasterKey.of(SrtpProfile.fromName(v.text("profile")), secret(v.hex("master_key")),
        secret(v.hex("master_salt")), Bytes.copyOf(v.hex("mki")));
  }

  static SecretBytes secret(byte[] b) {
    return SecretBytes.copyOf(b, InsecureSecretAccess.get());
  }

  static Bytes bytes(Vector v, String field) {
    return Bytes.copyOf(v.hex(field));
  }
}
