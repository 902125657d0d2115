// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.util.Base64;
import java.util.List;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.testkit.Vector;
import org.mcxsec.testkit.VectorFile;

/** The real I_MESSAGEs of the Streamwide vector file, as tests use them. */
final class StreamwideMessages {
  static final VectorFile FILE = VectorFile.load(VectorFile.MIKEY_STREAMWIDE);
  static final String PCK = "streamwide-v5-test3-pck";
  static final String CSK = "streamwide-v5-test2-csk";

  private StreamwideMessages() {}

  static List<Vector> valid() {
    return FILE.select(Vector::isValid);
  }

  static List<Vector> invalid() {
    return FILE.select(v -> !v.isValid());
  }

  static Vector named(String name) {
    return FILE.named(name);
  }

  static Bytes octets(Vector v) {
    return Bytes.copyOf(v.hex("message_hex"));
  }

  /** The SDP "mikey &lt;base64&gt;" value decoded. */
  static Bytes fromSdp(Vector v) {
    String sdp = v.text("message");
    return Bytes.copyOf(Base64.getDecoder().decode(sdp.substring("mikey ".length())));
  }
}
