// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.kdf.UserSalt;
import org.mcxsec.mikey.internal.ByteWriter;
import org.mcxsec.mikey.keyparams.KeyParameters;
import org.mcxsec.mikey.keyparams.KeyParametersCipher;
import org.mcxsec.mikey.keyparams.KeyParametersForm;
import org.mcxsec.mikey.payload.GenericIdMap;
import org.mcxsec.mikey.payload.IdRole;
import org.mcxsec.mikey.payload.IdrPayload;
import org.mcxsec.mikey.payload.KeyParametersExtension;

/**
 * The checks after decapsulation (TS 33.180 digest §10 steps 7–8): the purpose tag of the CSB ID (§5.2.2), the key
 * ID (for a GMK, GMK-ID = GUK-ID ⊕ UserSalt(GMK, receiver URI), F.1.3) against a GENERIC-ID SPI (E.2), and the key
 * parameters (E.6).
 */
final class KeyCheck {
  private KeyCheck() {}

  static OpenedKey check(IMessage m, OpenerSettings s, SecretBytes key, boolean sakkeToSelf,
      SignerCheck.Verified signer, OptionalLong keyPeriodNo, Instant now) throws McxException {
    int csbId = m.message().header().csbId();
    // 7. purpose tag and key ID
    int tag = KeyType.purposeTagOf(csbId);
    KeyType type = KeyType.find(tag).orElseThrow(() -> new PolicyException(OpenCheck.PURPOSE_TAG.reason(
        String.format("CSB ID %08x has purpose tag %d, which names no key type (TS 33.180 §5.2.2)", csbId, tag))));
    Optional<GenericIdMap.Entry> cs = m.message().header().csIdMap() instanceof GenericIdMap g
        ? g.entries().stream().findFirst() : Optional.empty();
    int keyId = type == KeyType.GMK ? gmkId(m, s, key, sakkeToSelf, csbId, cs) : csbId;
    if (m.message().header().csIdMap() instanceof GenericIdMap g) {
      Bytes mki = mki(type, keyId, csbId);
      for (GenericIdMap.Entry e : g.entries()) {
        if (!e.spi().equals(mki)) {
          throw new PolicyException(OpenCheck.KEY_ID.reason("GENERIC-ID SPI " + e.spi() + " of CS ID " + e.csId()
              + " is not " + (type == KeyType.GMK ? "GMK-ID ‖ GUK-ID " : "the key ID ") + mki + " (TS 33.180 E.2)"));
        }
      }
    }
    // 8. key parameters
    Optional<KeyParameters> params = Optional.empty();
    Optional<String> note;
    Optional<KeyParametersExtension> ext = m.keyParameters();
    if (ext.isEmpty()) {
      note = Optional.of("no key parameters extension");
    } else if (KeyParametersForm.of(ext.get()) instanceof KeyParametersForm.Protected p) {
      try {
        params = Optional.of(KeyParametersCipher.unprotect(p.payload(), key, csbId));
        note = Optional.empty();
      } catch (McxException e) {
        note = Optional.of("unreadable: " + e.getMessage());
      }
    } else {
      note = Optional.of(((KeyParametersForm.Legacy) KeyParametersForm.of(ext.get())).reason());
    }
    if (params.isPresent()) {
      checkParameters(params.get(), type, s, now);
    }
    return new OpenedKey(type, key, keyId, csbId, m.rand().rand(),
        cs.map(e -> OptionalInt.of(e.csId())).orElse(OptionalInt.empty()), params, note, signer.name(), signer.uid(),
        m.timestamp().instant().orElseThrow(), keyPeriodNo, signer.coverage(), sakkeToSelf, m.policies());
  }

  private static int gmkId(IMessage m, OpenerSettings s, SecretBytes gmk, boolean sakkeToSelf, int gukId,
      Optional<GenericIdMap.Entry> cs) throws PolicyException {
    if (!sakkeToSelf) {
      return UserSalt.gmkId(gukId, gmk, s.myUri()); // TS 33.180 F.1.3 with the receiver's own URI
    }
    // SAKKE-to-self: the GUK-ID is the responder's; its URI gives the salt, else the SPI carries the GMK-ID
    Optional<IdrPayload> idrr = m.idr(IdRole.IDRR);
    if (idrr.isPresent()) {
      return UserSalt.gmkId(gukId, gmk, idrr.get().text());
    }
    if (cs.isPresent() && cs.get().spi().size() == 8) {
      Bytes spi = cs.get().spi();
      return spi.get(0) << 24 | spi.get(1) << 16 | spi.get(2) << 8 | spi.get(3);
    }
    throw new PolicyException(OpenCheck.KEY_ID.reason("the GMK-ID cannot be recovered from SAKKE-to-self: no IDRr "
        + "URI and no GENERIC-ID SPI"));
  }

  private static Bytes mki(KeyType type, int keyId, int csbId) {
    ByteWriter w = new ByteWriter(8).u32(keyId);
    if (type == KeyType.GMK) {
      w.u32(csbId);
    }
    return w.toBytes();
  }

  private static void checkParameters(KeyParameters p, KeyType type, OpenerSettings s, Instant now)
      throws PolicyException {
    if (p.keyType() != type) {
      throw new PolicyException(OpenCheck.KEY_PARAMETERS.reason("Key Type " + p.keyType().purposeTag() + " ("
          + p.keyType() + ") does not match the purpose tag " + type.purposeTag() + " (" + type + ") of the CSB ID"));
    }
    if (s.statusPolicy().isRevoked(p.status())) {
      throw new PolicyException(OpenCheck.KEY_PARAMETERS.reason(String.format("Status %08x marks the key revoked "
          + "(policy %s)", p.status(), s.statusPolicy())));
    }
    if (s.rejectExpired() && p.expiry().isPresent() && p.expiry().get().isBefore(now)) {
      throw new PolicyException(OpenCheck.KEY_PARAMETERS.reason("the key expired at " + p.expiry().get()
          + " (Expiry Time)"));
    }
  }
}
