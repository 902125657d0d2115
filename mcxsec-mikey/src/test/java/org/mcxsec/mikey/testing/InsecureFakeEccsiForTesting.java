// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.testing;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.mikey.MikeySigner;
import org.mcxsec.mikey.MikeyVerifier;

/**
 * A fast stand-in for ECCSI with its shape (129 octets) and binding (KPAK, signer ID, message): an HMAC keyed by the
 * "KPAK" and the identifier. Anyone knowing both can forge; it lets exhaustive tamper tests open thousands of
 * messages quickly. The same tests run on real ECCSI with sampled inputs.
 *
 * <p>Security: none. Tests only.
 */
public final class InsecureFakeEccsiForTesting {
  private InsecureFakeEccsiForTesting() {}

  public static MikeySigner signer(Bytes kpak, Bytes id) {
    return new MikeySigner() {
      @Override
      public Bytes identifier() {
        return id;
      }

      @Override
      public Bytes sign(Bytes message) {
        return tag(kpak, id, message);
      }
    };
  }

  public static MikeyVerifier verifier() {
    return (kpak, id, message, signature) -> {
      if (!MessageDigest.isEqual(tag(kpak, id, message).toByteArray(), signature.toByteArray())) {
        throw new VerificationFailedException("signature does not verify (fake)");
      }
    };
  }

  private static Bytes tag(Bytes kpak, Bytes id, Bytes message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Bytes.concat(kpak, id).toByteArray(), "HmacSHA256"));
      byte[] t = mac.doFinal(message.toByteArray());
      byte[] sig = new byte[129];
      for (int i = 0; i < sig.length; i++) {
        sig[i] = t[i % t.length];
      }
      return Bytes.copyOf(sig);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
