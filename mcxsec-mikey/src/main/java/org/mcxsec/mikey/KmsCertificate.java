// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.util.Locale;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.kdf.KeyPeriod;

/**
 * The public values of a KMS that an I_MESSAGE needs (TS 33.180 Annex D {@code KmsCertificate}): its URI, the ECCSI
 * KPAK ({@code PubAuthKey}), the SAKKE public key Z ({@code PubEncKey}) and the user key period.
 */
public record KmsCertificate(String kmsUri, Bytes kpak, Bytes zPub, KeyPeriod keyPeriod) {
  public KmsCertificate {
    Objects.requireNonNull(kmsUri, "kmsUri");
    Objects.requireNonNull(kpak, "kpak");
    Objects.requireNonNull(zPub, "zPub");
    Objects.requireNonNull(keyPeriod, "keyPeriod");
  }

  /** Whether {@code kmsIdentity}, as an IDRkms payload writes it, names this KMS. */
  public boolean matches(String kmsIdentity) {
    return normalise(kmsIdentity).equals(normalise(kmsUri));
  }

  /**
   * The host part of a KMS identity: real messages write it as a bare host, {@code user@host}, with a {@code sip:}
   * prefix, with a {@code :port} or with a trailing NUL (TS 33.180 digest §11); all name the same KMS.
   */
  static String normalise(String kmsIdentity) {
    String s = kmsIdentity;
    int nul = s.indexOf('\0');
    if (nul >= 0) {
      s = s.substring(0, nul);
    }
    s = s.strip();
    int scheme = s.indexOf(':');
    if (scheme >= 0 && s.substring(0, scheme).matches("[A-Za-z][A-Za-z0-9+.-]*") && !s.substring(scheme + 1)
        .matches("\\d+(/.*)?")) {
      s = s.substring(scheme + 1);
    }
    s = s.replaceFirst("^//", "");
    s = s.substring(s.indexOf('@') + 1);
    s = s.replaceFirst("[:/].*$", "");
    return s.toLowerCase(Locale.ROOT);
  }
}
