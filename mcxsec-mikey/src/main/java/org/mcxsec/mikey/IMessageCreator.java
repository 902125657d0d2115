// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.IdentitySigner;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.eccsi.EccsiSigner;
import org.mcxsec.crypto.eccsi.EccsiSigningKey;
import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.kdf.UserSalt;
import org.mcxsec.mikey.internal.ByteWriter;
import org.mcxsec.mikey.keyparams.KeyParametersCipher;
import org.mcxsec.mikey.payload.CommonHeader;
import org.mcxsec.mikey.payload.CsIdMap;
import org.mcxsec.mikey.payload.DataType;
import org.mcxsec.mikey.payload.EmptyCsIdMap;
import org.mcxsec.mikey.payload.GenericIdMap;
import org.mcxsec.mikey.payload.IdRole;
import org.mcxsec.mikey.payload.IdType;
import org.mcxsec.mikey.payload.IdrPayload;
import org.mcxsec.mikey.payload.KeyParametersExtension;
import org.mcxsec.mikey.payload.MikeyPayload;
import org.mcxsec.mikey.payload.PrfFunction;
import org.mcxsec.mikey.payload.ProtocolType;
import org.mcxsec.mikey.payload.RandPayload;
import org.mcxsec.mikey.payload.SakkeIdScheme;
import org.mcxsec.mikey.payload.SakkeParams;
import org.mcxsec.mikey.payload.SakkePayload;
import org.mcxsec.mikey.payload.SakkeToSelfExtension;
import org.mcxsec.mikey.payload.SignaturePayload;
import org.mcxsec.mikey.payload.SignatureType;
import org.mcxsec.mikey.payload.TimestampPayload;

/**
 * Creates signed MIKEY-SAKKE I_MESSAGEs for GMK, PCK and CSK distribution (TS 33.180 §5.2.2, §5.7, Annex E;
 * RFC 6509), in the 3GPP layout:
 *
 * <pre>
 * HDR (data type 26, V 0, PRF func 1, CSB ID, CS map) | T (NTP-UTC, now) | RAND | IDRi | IDRr | [IDRkmsi] |
 * [IDRkmsr] | [SP] | SAKKE (to the recipient's UID) | [key parameters, type 7] | [SAKKE-to-self, type 6] | SIGN
 * </pre>
 *
 * <ol>
 *   <li>T is the clock's time; both UIDs are those of the key period of T (TS 33.180 E.1.1, F.2.1).
 *   <li>For a GMK the CSB ID is the recipient's GUK-ID = GMK-ID ⊕ UserSalt(GMK, recipient URI) (§5.2.3, F.1.3),
 *       and a GENERIC-ID map entry carries SPI = GMK-ID ‖ GUK-ID (the MKI); for PCK and CSK it is the key ID.
 *   <li>The key is SAKKE-encapsulated to the recipient's UID (RFC 6508 §6.2.1); the key parameters are protected
 *       under the key with DPPK-ID = CSB ID (E.6.1); SAKKE-to-self encapsulates it to the initiator's UID (E.5).
 *   <li>The ECCSI signature covers every octet before the 129 signature octets, including the SIGN payload's
 *       S type / length octets (RFC 3830 §5.2, RFC 6509 §4.3).
 * </ol>
 *
 * <p>Security: the signing key must be the initiator's for the key period of the clock's time; a mismatch is
 * refused rather than producing a message nobody can verify.
 *
 * <p>Thread safety: safe to share if the signer, encapsulators and random source are (the crypto module's are).
 */
public final class IMessageCreator {
  private final MikeyIdentity initiator;
  private final IdentitySigner signer;
  private final Bytes signerUid;
  private final KmsEncapsulators encapsulators;
  private final KeyParametersCipher keyParametersCipher;
  private final Clock clock;

  /**
   * A creator for {@code initiator}, signing with {@code signer} whose key was issued for {@code signerUid}.
   *
   * @param encapsulators SAKKE per recipient KMS; {@link KmsEncapsulators#sakke()} in production
   * @param random the source of IVs for the key parameters
   * @param clock the source of the T payload
   */
  public IMessageCreator(MikeyIdentity initiator, IdentitySigner signer, Bytes signerUid,
      KmsEncapsulators encapsulators, SecureRandom random, Clock clock) {
    this.initiator = Objects.requireNonNull(initiator, "initiator");
    this.signer = Objects.requireNonNull(signer, "signer");
    this.signerUid = Objects.requireNonNull(signerUid, "signerUid");
    this.encapsulators = Objects.requireNonNull(encapsulators, "encapsulators");
    this.keyParametersCipher = new KeyParametersCipher(Objects.requireNonNull(random, "random"));
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A creator signing with ECCSI under {@code signingKey} (the initiator's key set for the current key period) and
   * encapsulating with SAKKE.
   */
  public static IMessageCreator eccsiSakke(MikeyIdentity initiator, EccsiSigningKey signingKey, SecureRandom random,
      Clock clock) {
    return new IMessageCreator(initiator, new EccsiSigner(signingKey, random), signingKey.id(),
        KmsEncapsulators.sakke(), random, clock);
  }

  /** A GMK I_MESSAGE for one member (TS 33.180 §5.7) with the defaults of {@link KeyDelivery#gmk}. */
  public Bytes createGmk(SecretBytes gmk, int gmkId, Bytes rand, MikeyIdentity member, Bytes memberZ,
      List<String> groupIds) throws KeyMaterialException {
    return create(gmk, KeyDelivery.gmk(gmkId, rand, member, memberZ, groupIds));
  }

  /**
   * The signed I_MESSAGE that delivers {@code key} as {@code delivery} describes.
   *
   * @throws KeyMaterialException if the signing key is not the initiator's for the key period of now, or a key
   *     operation fails
   */
  public Bytes create(SecretBytes key, KeyDelivery delivery) throws KeyMaterialException {
    if (key.size() != 16) {
      throw new IllegalArgumentException("key of " + key.size() + " octets; GMK, PCK and CSK have 16");
    }
    // 1. T and the UIDs of its key period
    TimestampPayload t = TimestampPayload.ntpUtc(clock.instant());
    long ntpSeconds = t.ntpSeconds().orElseThrow();
    Bytes initiatorUid = initiator.uidAt(ntpSeconds);
    Bytes recipientUid = delivery.recipient().uidAt(ntpSeconds);
    if (!signerUid.equals(initiatorUid)) {
      throw new KeyMaterialException("signing key is for UID " + signerUid + "; the initiator "
          + initiator.uri() + " has UID " + initiatorUid + " in the key period of " + t.instant().orElseThrow());
    }
    // 2. CSB ID: the recipient's GUK-ID for a GMK (end-point diversity), else the key ID
    int csbId = delivery.keyType() == KeyType.GMK
        ? UserSalt.gukId(delivery.keyId(), key, delivery.recipient().uri()) : delivery.keyId();
    CommonHeader header = new CommonHeader(DataType.SAKKE_MSG, false, PrfFunction.PRF_HMAC_SHA_256.wire(), csbId,
        csIdMap(delivery, csbId));
    // 3. payloads in the 3GPP order, the key encapsulated and its parameters protected under it
    List<MikeyPayload> payloads = new ArrayList<>();
    payloads.add(t);
    payloads.add(new RandPayload(delivery.rand()));
    payloads.addAll(idrs(delivery, initiatorUid, recipientUid));
    delivery.policy().ifPresent(payloads::add);
    payloads.add(sakke(delivery.recipientZ(), recipientUid, key));
    if (delivery.keyParameters().isPresent()) {
      long unixSeconds = ntpSeconds - KeyPeriod.NTP_UNIX_OFFSET;
      payloads.add(new KeyParametersExtension(keyParametersCipher.protect(delivery.keyParameters().get(), key,
          csbId, unixSeconds).encode()));
    }
    if (delivery.sakkeToSelfZ().isPresent()) {
      payloads.add(SakkeToSelfExtension.of(sakke(delivery.sakkeToSelfZ().get(), initiatorUid, key)));
    }
    // 4. sign everything up to and including the SIGN header, then append the signature
    Bytes toSign = MikeyMessage.octetsToSign(header, payloads, SignatureType.ECCSI, IMessage.ECCSI_SIGNATURE_OCTETS);
    payloads.add(new SignaturePayload(SignatureType.ECCSI, signer.sign(toSign).encode()));
    return MikeyMessage.of(header, payloads).encoded();
  }

  private static CsIdMap csIdMap(KeyDelivery d, int csbId) {
    if (d.csId().isEmpty()) {
      return EmptyCsIdMap.NONE;
    }
    // TS 33.180 E.2: the SPI is the MKI, GMK-ID ‖ GUK-ID for a GMK, the key ID otherwise
    ByteWriter spi = new ByteWriter(8).u32(d.keyId());
    if (d.keyType() == KeyType.GMK) {
      spi.u32(csbId);
    }
    int policyNo = d.policy().map(p -> p.policyNo()).orElse(0);
    return new GenericIdMap(List.of(new GenericIdMap.Entry(d.csId().getAsInt(), ProtocolType.SRTP, false,
        List.of(policyNo), Bytes.empty(), spi.toBytes())));
  }

  private List<IdrPayload> idrs(KeyDelivery d, Bytes initiatorUid, Bytes recipientUid) {
    List<IdrPayload> idrs = new ArrayList<>();
    if (d.idrForm() == IdrForm.URI) {
      idrs.add(new IdrPayload(IdRole.IDRI, IdType.URI, initiator.uriOctets()));
      idrs.add(new IdrPayload(IdRole.IDRR, IdType.URI, d.recipient().uriOctets()));
    } else {
      idrs.add(new IdrPayload(IdRole.IDRUIDI, IdType.URI, initiatorUid));
      idrs.add(new IdrPayload(IdRole.IDRUIDR, IdType.URI, recipientUid));
    }
    initiator.kmsUri().ifPresent(k -> idrs.add(IdrPayload.uri(IdRole.IDRKMSI, k)));
    d.recipient().kmsUri().ifPresent(k -> idrs.add(IdrPayload.uri(IdRole.IDRKMSR, k)));
    return idrs;
  }

  private SakkePayload sakke(Bytes z, Bytes uid, SecretBytes key) throws KeyMaterialException {
    // RFC 6509 §4.2 with the TS 33.180 E.5 ID scheme "3GPP MCX hashed UID"
    return new SakkePayload(SakkeParams.PARAMETER_SET_1, SakkeIdScheme.MCX_HASHED_UID,
        encapsulators.forKms(z).encapsulate(uid, key).encode());
  }
}
