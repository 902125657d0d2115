// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms;

import java.time.Instant;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;

/**
 * A KMS certificate (TS 33.180 D.3.2.2, {@code KmsCertificate}): what a client needs to verify and encrypt within
 * the community. Elements in schema order: {@code CertUri?, KmsUri, Issuer?, ValidFrom?, ValidTo?, Revoked?,
 * UserIdFormat, UserKeyPeriod, UserKeyOffset, PubEncKey, PubAuthKey, ParameterSet?}.
 *
 * @param version the {@code Version} attribute ({@code 1.1.0})
 * @param role the {@code Role} attribute, {@code Root} or {@code External}
 * @param certUri optional certificate identifier, or null
 * @param userIdFormat the UID scheme; {@code 2} is the hashed UID of TS 33.180 F.2.1
 * @param pubEncKey SAKKE Z (257 octets)
 * @param pubAuthKey ECCSI KPAK (65 octets)
 */
public record KmsCertificate(String version, String role, String certUri, String kmsUri, String issuer,
    Instant validFrom, Instant validTo, boolean revoked, String userIdFormat, long userKeyPeriod,
    long userKeyOffset, Bytes pubEncKey, Bytes pubAuthKey, int parameterSet) {
  /** The {@code UserIdFormat} for the F.2.1 hashed UID. */
  public static final String USER_ID_FORMAT_HASHED = "2";

  public KmsCertificate {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(kmsUri, "kmsUri");
    Objects.requireNonNull(userIdFormat, "userIdFormat");
    Objects.requireNonNull(pubEncKey, "pubEncKey");
    Objects.requireNonNull(pubAuthKey, "pubAuthKey");
  }
}
