// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.bench;

import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.sakke.SakkeDecapsulator;
import org.mcxsec.crypto.sakke.SakkeEncapsulatedData;
import org.mcxsec.crypto.sakke.SakkeEncapsulator;
import org.mcxsec.crypto.sakke.SakkeKmsKey;

/** mcxsec's SAKKE through its public API. */
final class McxsecSakke implements SakkeAdapter {
  private final SakkeEncapsulator encapsulator;
  private final SakkeDecapsulator decapsulator;

  McxsecSakke(byte[] z, byte[] receiverId) throws McxException {
    try (SakkeKmsKey kms = SakkeKmsKey.fromZ(SecretBytes.copyOf(z, InsecureSecretAccess.get()))) {
      encapsulator = SakkeEncapsulator.forKms(kms.publicKey());
      decapsulator = new SakkeDecapsulator(kms.issue(Bytes.copyOf(receiverId)));
    }
  }

  @Override
  public byte[] encapsulate(byte[] id, byte[] ssv) {
    return encapsulator.encapsulate(Bytes.copyOf(id), SecretBytes.copyOf(ssv, InsecureSecretAccess.get()))
        .encode().toByteArray();
  }

  @Override
  public byte[] decapsulate(byte[] sed) {
    try {
      return decapsulator.decapsulate(SakkeEncapsulatedData.decode(Bytes.copyOf(sed)))
          .toByteArray(InsecureSecretAccess.get());
    } catch (McxException e) {
      throw new IllegalStateException(e);
    }
  }
}
