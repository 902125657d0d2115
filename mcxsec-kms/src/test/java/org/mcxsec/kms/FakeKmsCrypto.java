// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;

/**
 * A deliberately insecure stand-in for ECCSI/SAKKE with the real sizes (KPAK 65, Z 257, SSK 32, PVT 65, RSK 257
 * octets), for testing storage, XML, HTTP and access control without the pairing arithmetic. Public keys are
 * hashes of the secrets; user keys are MACs under the public keys, so {@link #validate} can check issued keys
 * from public data as the real schemes can (and anyone could forge them: a fake).
 */
public final class FakeKmsCrypto implements KmsCrypto {
  @Override
  public KmsCommunityKeys generate(SecureRandom random) {
    return new Keys(SecretBytes.random(32, random), SecretBytes.random(32, random));
  }

  @Override
  public KmsCommunityKeys restore(SecretBytes ksak, SecretBytes z) throws KeyMaterialException {
    if (ksak.size() != 32 || z.size() != 32) {
      throw new KeyMaterialException("fake secrets must be 32 octets");
    }
    return new Keys(ksak, z);
  }

  /** True if {@code ssk}, {@code pvt}, {@code rsk} were issued for {@code id} by the KMS with these public keys. */
  public static boolean validate(Bytes kpak, Bytes pubEncKey, Bytes id, SecretBytes ssk, Bytes pvt, SecretBytes rsk) {
    return MessageDigest.isEqual(mac(kpak, Bytes.concat(id, pvt)), ssk.toByteArray(InsecureSecretAccess.get()))
        && MessageDigest.isEqual(pad(mac(pubEncKey, id), 257), rsk.toByteArray(InsecureSecretAccess.get()));
  }

  private static final class Keys implements KmsCommunityKeys {
    private final SecretBytes ksak;
    private final SecretBytes z;

    Keys(SecretBytes ksak, SecretBytes z) {
      this.ksak = SecretBytes.copyOf(ksak.toByteArray(InsecureSecretAccess.get()), InsecureSecretAccess.get());
      this.z = SecretBytes.copyOf(z.toByteArray(InsecureSecretAccess.get()), InsecureSecretAccess.get());
    }

    @Override
    public SecretBytes ksak() {
      return ksak;
    }

    @Override
    public SecretBytes z() {
      return z;
    }

    @Override
    public Bytes kpak() {
      return Bytes.copyOf(pad(mac(Bytes.copyOf(ksak.toByteArray(InsecureSecretAccess.get())), Bytes.empty()), 65));
    }

    @Override
    public Bytes pubEncKey() {
      return Bytes.copyOf(pad(mac(Bytes.copyOf(z.toByteArray(InsecureSecretAccess.get())), Bytes.empty()), 257));
    }

    @Override
    public IssuedUserKeys issue(Bytes uid, SecureRandom random) {
      byte[] v = new byte[64];
      random.nextBytes(v);
      Bytes pvt = Bytes.copyOf(pad(v, 65));
      return new IssuedUserKeys(SecretBytes.wrap(mac(kpak(), Bytes.concat(uid, pvt)), InsecureSecretAccess.get()),
          pvt, SecretBytes.wrap(pad(mac(pubEncKey(), uid), 257), InsecureSecretAccess.get()));
    }
  }

  /** 0x04 ‖ data ‖ zeros, {@code size} octets, like an uncompressed point. */
  private static byte[] pad(byte[] data, int size) {
    byte[] out = new byte[size];
    out[0] = 0x04;
    System.arraycopy(data, 0, out, 1, Math.min(data.length, size - 1));
    return out;
  }

  private static byte[] mac(Bytes key, Bytes data) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key.toByteArray(), "HmacSHA256"));
      return m.doFinal(data.toByteArray());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
