// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.mikey.keyparams.KeyParameters;
import org.mcxsec.mikey.keyparams.McGroupId;
import org.mcxsec.mikey.payload.SecurityPolicyPayload;

/**
 * What one I_MESSAGE delivers, apart from the key itself (TS 33.180 §5.2.2, Annex E): the key type and ID, the RAND,
 * the recipient and its KMS's SAKKE key, the CS map, an optional security policy, the key parameters and whether to
 * add SAKKE-to-self. Build it with {@link #gmk}, {@link #pck} or {@link #csk}, then adjust with the {@code with…}
 * methods.
 *
 * @param keyType the key's type; the purpose tag of {@code keyId}
 * @param keyId GMK-ID, PCK-ID or CSK-ID (for a GMK the CSB ID becomes the recipient's GUK-ID)
 * @param rand the RAND (16 octets); all members of one GMK get the same one (TS 33.180 §7.4.2)
 * @param recipient the responder
 * @param recipientZ the SAKKE public key Z of the recipient's KMS
 * @param csId the CS ID of a GENERIC-ID map entry (SPI = the MKI); empty for #CS = 0 and the empty map
 * @param policy an SP payload; empty to use the default profile (E.2, E.3.1)
 * @param keyParameters the key parameters extension (E.6); its key type must be {@code keyType}
 * @param sakkeToSelfZ the initiator's own KMS key Z, to add a SAKKE-to-self extension (E.5)
 * @param idrForm URIs (roles 1, 2) or UIDs (roles 8, 9)
 */
public record KeyDelivery(KeyType keyType, int keyId, Bytes rand, MikeyIdentity recipient, Bytes recipientZ,
    OptionalInt csId, Optional<SecurityPolicyPayload> policy, Optional<KeyParameters> keyParameters,
    Optional<Bytes> sakkeToSelfZ, IdrForm idrForm) {
  /** CS ID of an MCPTT group call (TS 33.180 Table E.1.3-1). */
  public static final int CS_ID_MCPTT_GROUP = 4;
  /** CS ID of CSK SRTCP protection, MCPTT (TS 33.180 Table E.1.3-1). */
  public static final int CS_ID_MCPTT_CSK = 6;
  /** Key parameters Status sent on a usable key (read as "not revoked" by shipping implementations). */
  public static final int STATUS_VALID = 1;

  public KeyDelivery {
    Objects.requireNonNull(keyType, "keyType");
    Objects.requireNonNull(rand, "rand");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(recipientZ, "recipientZ");
    Objects.requireNonNull(csId, "csId");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(keyParameters, "keyParameters");
    Objects.requireNonNull(sakkeToSelfZ, "sakkeToSelfZ");
    Objects.requireNonNull(idrForm, "idrForm");
    if (KeyType.purposeTagOf(keyId) != keyType.purposeTag()) {
      throw new IllegalArgumentException(String.format("key ID %08x has purpose tag %d; a %s needs %d", keyId,
          KeyType.purposeTagOf(keyId), keyType, keyType.purposeTag()));
    }
    if (rand.size() < IMessage.MIN_RAND_OCTETS || rand.size() > 0xff) {
      throw new IllegalArgumentException("RAND of " + rand.size() + " octets is outside [16, 255]");
    }
    if (csId.isPresent() && (csId.getAsInt() < 0 || csId.getAsInt() > 0xff)) {
      throw new IllegalArgumentException("CS ID " + csId.getAsInt() + " does not fit one octet");
    }
    if (keyParameters.isPresent() && keyParameters.get().keyType() != keyType) {
      throw new IllegalArgumentException("key parameters of a " + keyParameters.get().keyType() + " in a "
          + keyType + " delivery");
    }
  }

  /**
   * A GMK for one group member (TS 33.180 §5.7, E.2): GENERIC-ID map with CS ID 4 and SPI = GMK-ID ‖ GUK-ID, key
   * parameters with Status 1, no activation or expiry time, empty text and the given group IDs.
   */
  public static KeyDelivery gmk(int gmkId, Bytes rand, MikeyIdentity member, Bytes memberZ, List<String> groupIds) {
    KeyParameters params = new KeyParameters(KeyType.GMK, STATUS_VALID, 0, 0, Bytes.empty(),
        Optional.of(groupIds.stream().map(McGroupId::of).toList()));
    return new KeyDelivery(KeyType.GMK, gmkId, rand, member, memberZ, OptionalInt.of(CS_ID_MCPTT_GROUP),
        Optional.empty(), Optional.of(params), Optional.empty(), IdrForm.URI);
  }

  /** A PCK (TS 33.180 §5.6, E.3.1): empty map, key parameters with Status 1 and no group IDs. */
  public static KeyDelivery pck(int pckId, Bytes rand, MikeyIdentity callee, Bytes calleeZ) {
    return simple(KeyType.PCK, pckId, rand, callee, calleeZ, OptionalInt.empty());
  }

  /** A CSK (TS 33.180 §5.4, E.4.1): GENERIC-ID map with CS ID 6 and SPI = CSK-ID, key parameters with Status 1. */
  public static KeyDelivery csk(int cskId, Bytes rand, MikeyIdentity server, Bytes serverZ) {
    return simple(KeyType.CSK, cskId, rand, server, serverZ, OptionalInt.of(CS_ID_MCPTT_CSK));
  }

  private static KeyDelivery simple(KeyType type, int id, Bytes rand, MikeyIdentity to, Bytes z, OptionalInt csId) {
    KeyParameters params = new KeyParameters(type, STATUS_VALID, 0, 0, Bytes.empty(), Optional.empty());
    return new KeyDelivery(type, id, rand, to, z, csId, Optional.empty(), Optional.of(params), Optional.empty(),
        IdrForm.URI);
  }

  public KeyDelivery withCsId(OptionalInt newCsId) {
    return new KeyDelivery(keyType, keyId, rand, recipient, recipientZ, newCsId, policy, keyParameters,
        sakkeToSelfZ, idrForm);
  }

  public KeyDelivery withPolicy(Optional<SecurityPolicyPayload> newPolicy) {
    return new KeyDelivery(keyType, keyId, rand, recipient, recipientZ, csId, newPolicy, keyParameters,
        sakkeToSelfZ, idrForm);
  }

  public KeyDelivery withKeyParameters(Optional<KeyParameters> newParameters) {
    return new KeyDelivery(keyType, keyId, rand, recipient, recipientZ, csId, policy, newParameters,
        sakkeToSelfZ, idrForm);
  }

  /** Adds a SAKKE-to-self extension encapsulated under the initiator's KMS key {@code initiatorZ}. */
  public KeyDelivery withSakkeToSelf(Bytes initiatorZ) {
    return new KeyDelivery(keyType, keyId, rand, recipient, recipientZ, csId, policy, keyParameters,
        Optional.of(initiatorZ), idrForm);
  }

  public KeyDelivery withIdrForm(IdrForm form) {
    return new KeyDelivery(keyType, keyId, rand, recipient, recipientZ, csId, policy, keyParameters,
        sakkeToSelfZ, form);
  }
}
