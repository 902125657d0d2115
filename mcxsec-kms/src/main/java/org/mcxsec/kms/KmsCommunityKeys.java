// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms;

import java.security.SecureRandom;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;

/**
 * The master secrets of one KMS community and their public keys: KSAK/KPAK for ECCSI, z/Z for SAKKE.
 *
 * <p>Security: {@link #ksak()} and {@link #z()} are the community's root secrets; they leave this object only to
 * be sealed for storage.
 */
public interface KmsCommunityKeys {
  /** The KMS Secret Authentication Key (RFC 6507 §2.2). */
  SecretBytes ksak();

  /** The SAKKE KMS master secret z (RFC 6508 §2.2). */
  SecretBytes z();

  /** The KMS Public Authentication Key, {@code PubAuthKey} (uncompressed P-256 point, 65 octets). */
  Bytes kpak();

  /** The SAKKE KMS public key Z, {@code PubEncKey} (uncompressed point, 257 octets for parameter set 1). */
  Bytes pubEncKey();

  /**
   * A user's key material for the identifier {@code uid}: ECCSI SSK and PVT (RFC 6507 §5.1.1) and SAKKE RSK
   * (RFC 6508 §6.1.1).
   */
  IssuedUserKeys issue(Bytes uid, SecureRandom random) throws KeyMaterialException;
}
