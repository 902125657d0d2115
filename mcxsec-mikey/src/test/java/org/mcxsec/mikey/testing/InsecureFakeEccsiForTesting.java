// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.testing;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.IdentitySigner;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.crypto.eccsi.EccsiSignature;
import org.mcxsec.mikey.IdentityVerifiers;

/**
 * A fast stand-in for ECCSI with its shape (r ‖ s ‖ PVT, 129 octets) and binding (KPAK, signer ID, message): an HMAC
 * keyed by the "KPAK" and the identifier. Anyone knowing both can forge; it lets exhaustive tamper tests open
 * thousands of messages quickly. The same attacks run on real ECCSI with sampled inputs.
 *
 * <p>Security: none. Tests only.
 */
public final class InsecureFakeEccsiForTesting {
  private InsecureFakeEccsiForTesting() {}

  public static IdentitySigner signer(Bytes kpak, Bytes id) {
    return message -> tag(kpak, id, message);
  }

  public static IdentityVerifiers verifiers() {
    return (kpak, id) -> (message, signature) -> {
      if (!MessageDigest.isEqual(tag(kpak, id, message).encode().toByteArray(), signature.encode().toByteArray())) {
        throw new VerificationFailedException("signature does not verify (fake)");
      }
    };
  }

  private static EccsiSignature tag(Bytes kpak, Bytes id, Bytes message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Bytes.concat(kpak, id).toByteArray(), "HmacSHA256"));
      Bytes t = Bytes.copyOf(mac.doFinal(message.toByteArray()));
      return new EccsiSignature(t, t, Bytes.concat(Bytes.fromHex("04"), t, t));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
