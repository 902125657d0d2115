// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import java.util.Arrays;
import java.util.HexFormat;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.mikey.OpenedKey;
import org.mcxsec.mikey.keyparams.KeyParameters;

/**
 * Renders an opened key for {@code mcxsec mikey open} (design §5): {@code keyType}, {@code key}, {@code keyId},
 * {@code csbId}, {@code rand}, {@code csId}, {@code status}, {@code activationTime}, {@code expiryTime}, {@code text},
 * {@code groupIds}, {@code signer}, then how the message was opened. Hex is lower-case; absent values are null.
 *
 * <p>Security: prints the key. Only for tools whose user asked for it.
 */
public final class OpenedKeyJson {
  private OpenedKeyJson() {}

  public static void write(OpenedKey k, JsonWriter w) {
    byte[] key = k.key().toByteArray(InsecureSecretAccess.get());
    try {
      w.beginObject().name("keyType").value(k.keyType().name()).name("key").value(HexFormat.of().formatHex(key));
    } finally {
      Arrays.fill(key, (byte) 0);
    }
    w.name("keyId").hex32(k.keyId()).name("csbId").hex32(k.csbId()).name("rand").value(k.rand()).name("csId");
    if (k.csId().isPresent()) {
      w.value(k.csId().getAsInt());
    } else {
      w.nullValue();
    }
    KeyParameters p = k.keyParameters().orElse(null);
    if (p == null) {
      w.name("status").nullValue().name("activationTime").nullValue().name("expiryTime").nullValue()
          .name("text").nullValue();
    } else {
      w.name("status").hex32(p.status()).name("activationTime").value(String.format("%010x", p.activationTime()))
          .name("expiryTime").value(String.format("%010x", p.expiryTime())).name("text").value(p.textString());
    }
    w.name("groupIds").beginArray();
    k.groupIds().forEach(w::value);
    w.endArray().name("signer").value(k.signer()).name("signerUid").value(k.signerUid())
        .name("timestamp").value(k.timestamp().toString()).name("keyPeriodNo");
    if (k.keyPeriodNo().isPresent()) {
      w.value(k.keyPeriodNo().getAsLong());
    } else {
      w.nullValue();
    }
    w.name("signatureCoverage").value(k.coverage().name()).name("sakkeToSelf").value(k.sakkeToSelf());
    k.keyParametersNote().ifPresent(n -> w.name("keyParametersNote").value(n));
    w.endObject();
  }
}
