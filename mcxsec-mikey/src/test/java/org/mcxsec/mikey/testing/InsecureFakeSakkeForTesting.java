// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.testing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.mikey.MikeyDecapsulator;
import org.mcxsec.mikey.MikeyEncapsulator;

/**
 * A stand-in for SAKKE with the same shape (273 octets R ‖ H) and the same binding: data encapsulated to one
 * identifier under one "Z" decapsulates only under both. It hides nothing (anyone with Z can decapsulate); it exists
 * so that the I_MESSAGE logic can be tested before and beside the real primitive.
 *
 * <p>Security: none. Tests only.
 */
public final class InsecureFakeSakkeForTesting implements MikeyEncapsulator {
  @Override
  public Bytes encapsulate(Bytes zPub, Bytes receiverId, SecretBytes ssv) {
    byte[] s = ssv.toByteArray(InsecureSecretAccess.get());
    byte[] mask = sha256("mask", zPub, receiverId, Bytes.empty());
    byte[] h = new byte[16];
    for (int i = 0; i < 16; i++) {
      h[i] = (byte) (s[i] ^ mask[i]);
    }
    return Bytes.concat(r(zPub, receiverId, Bytes.copyOf(s)), Bytes.copyOf(h));
  }

  /** The receiver side for KMS key {@code zPub}. */
  public static MikeyDecapsulator decapsulator(Bytes zPub) {
    return (receiverId, data) -> decapsulate(zPub, receiverId, data);
  }

  private static SecretBytes decapsulate(Bytes zPub, Bytes id, Bytes data) throws McxException {
    if (data.size() != 273) {
      throw new MalformedMessageException("SAKKE data of " + data.size() + " octets; expected 273");
    }
    byte[] mask = sha256("mask", zPub, id, Bytes.empty());
    byte[] s = new byte[16];
    for (int i = 0; i < 16; i++) {
      s[i] = (byte) (data.get(257 + i) ^ mask[i]);
    }
    if (!r(zPub, id, Bytes.copyOf(s)).equals(data.slice(0, 257))) {
      throw new VerificationFailedException("SAKKE R check failed (fake)");
    }
    return SecretBytes.wrap(s, InsecureSecretAccess.get());
  }

  private static Bytes r(Bytes zPub, Bytes id, Bytes ssv) {
    Bytes out = Bytes.fromHex("04");
    for (int i = 0; out.size() < 257; i++) {
      out = Bytes.concat(out, Bytes.copyOf(sha256("R" + i, zPub, id, ssv)));
    }
    return out.slice(0, 257);
  }

  private static byte[] sha256(String label, Bytes a, Bytes b, Bytes c) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(label.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      for (Bytes x : new Bytes[] {a, b, c}) {
        d.update((byte) (x.size() >>> 8));
        d.update((byte) x.size());
        d.update(x.toByteArray());
      }
      return d.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
