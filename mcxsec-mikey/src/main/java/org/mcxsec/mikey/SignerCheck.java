// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.crypto.VerificationFailedException;
import org.mcxsec.crypto.eccsi.EccsiSignature;
import org.mcxsec.crypto.kdf.MikeySakkeUid;
import org.mcxsec.mikey.payload.IdRole;
import org.mcxsec.mikey.payload.IdrPayload;

/**
 * The initiator's identity and signature (TS 33.180 §5.2.6; digest §10 step 4; RFC 6509 §4.3): the KPAK of the
 * initiator's KMS (named by IDRkmsi, else the home KMS), the initiator's UID (from IDR role 8, or computed from the
 * IDRi URI for the key period of T, TS 33.180 F.2.1; when both are present they must agree), and an ECCSI
 * verification over every octet before the signature value. The coverage without the SIGN header is tried only
 * after the standard one fails, with the same UIDs.
 */
final class SignerCheck {
  /** How many neighbouring key periods a URI-named initiator's UID is tried for, either side of T. */
  private static final int PERIOD_SPREAD = 1;

  private SignerCheck() {}

  record Verified(Bytes uid, String name, SignatureCoverage coverage) {}

  static Verified verify(IMessage m, OpenerSettings s, OptionalLong periodOfT) throws McxException {
    Optional<String> kmsName = RecipientCheck.initiatorKms(m);
    Optional<KmsCertificate> cert = kmsName.isPresent() ? s.kmsNamed(kmsName.get()) : s.home();
    Bytes kpak = cert.map(KmsCertificate::kpak).or(s::kpakOnly).orElseThrow(() -> new PolicyException(
        OpenCheck.SIGNER.reason(kmsName.map(k -> "the initiator's KMS '" + k.replace("\0", "\\0")
            + "' is not a known KMS").orElse("no KMS is configured to verify the initiator with"))));
    Optional<Bytes> role8 = m.idr(IdRole.IDRUIDI).map(IdrPayload::data);
    Optional<String> idri = m.idr(IdRole.IDRI).map(IdrPayload::text);
    List<Bytes> uids = candidateUids(s, role8, idri, cert, periodOfT);
    String name = idri.orElseGet(() -> uids.get(0).toHex());
    EccsiSignature signature;
    try {
      signature = EccsiSignature.decode(m.signature().signature());
    } catch (MalformedMessageException e) {
      throw new VerificationFailedException(OpenCheck.SIGNATURE.reason("malformed ECCSI signature: "
          + e.getMessage()));
    }
    // RFC 3830 §5.2: every octet before the signature value, the SIGN payload's header included
    for (Bytes uid : uids) {
      if (verifies(s, kpak, uid, m.message().signedOctets(), signature)) {
        return new Verified(uid, name, SignatureCoverage.WITH_SIGN_HEADER);
      }
    }
    if (s.signatureWithoutSignHeader()) {
      Bytes withoutHeader = m.message().signedOctetsWithoutSignHeader().orElseThrow();
      for (Bytes uid : uids) {
        if (verifies(s, kpak, uid, withoutHeader, signature)) {
          return new Verified(uid, name, SignatureCoverage.WITHOUT_SIGN_HEADER);
        }
      }
    }
    throw new VerificationFailedException(OpenCheck.SIGNATURE.reason("ECCSI signature does not verify for initiator "
        + name + (uids.size() == 1 ? " (UID " + uids.get(0) + ")" : " (" + uids.size() + " key period UIDs tried)")
        + " under the KPAK of " + cert.map(KmsCertificate::kmsUri).orElse("the configured KMS")));
  }

  private static List<Bytes> candidateUids(OpenerSettings s, Optional<Bytes> role8, Optional<String> idri,
      Optional<KmsCertificate> cert, OptionalLong periodOfT) throws PolicyException {
    if (s.signerUid().isPresent()) {
      if (role8.isPresent() && !role8.get().equals(s.signerUid().get())) {
        throw new PolicyException(OpenCheck.SIGNER.reason("IDR role 8 carries UID " + role8.get()
            + ", not the expected signer UID " + s.signerUid().get()));
      }
      return List.of(s.signerUid().get());
    }
    List<Bytes> fromUri = new ArrayList<>();
    if (idri.isPresent() && cert.isPresent()) {
      for (long period : periods(s, periodOfT)) {
        fromUri.add(MikeySakkeUid.of(idri.get(), cert.get().kmsUri(), cert.get().keyPeriod(), period));
      }
    }
    if (role8.isPresent()) {
      // TS 33.180 §5.2.6: the UID must be the one of the initiator URI, when the URI is given
      if (!fromUri.isEmpty() && !fromUri.contains(role8.get())) {
        throw new PolicyException(OpenCheck.SIGNER.reason("IDR role 8 UID " + role8.get() + " is not the UID of "
            + "IDRi '" + idri.orElseThrow() + "' in key periods " + periods(s, periodOfT)));
      }
      return List.of(role8.get());
    }
    if (fromUri.isEmpty()) {
      throw new PolicyException(OpenCheck.SIGNER.reason("the initiator's UID cannot be determined: no IDR role 8 and "
          + (cert.isEmpty() ? "no KMS certificate" : "no key period") + " to compute it from IDRi '"
          + idri.orElse("") + "'"));
    }
    return fromUri;
  }

  /** The period of T and its neighbours; without T, the periods of the receiver's own key sets. */
  private static List<Long> periods(OpenerSettings s, OptionalLong periodOfT) {
    Set<Long> periods = new LinkedHashSet<>();
    if (periodOfT.isPresent()) {
      long p = periodOfT.getAsLong();
      periods.add(p);
      for (int d = 1; d <= PERIOD_SPREAD; d++) {
        periods.add(p - d);
        periods.add(p + d);
      }
    } else {
      s.keySets().forEach(k -> k.keyPeriodNo().ifPresent(periods::add));
    }
    periods.removeIf(p -> p < 0);
    return List.copyOf(periods);
  }

  private static boolean verifies(OpenerSettings s, Bytes kpak, Bytes uid, Bytes octets, EccsiSignature signature)
      throws PolicyException {
    try {
      s.verifiers().forSigner(kpak, uid).verify(octets, signature);
      return true;
    } catch (KeyMaterialException e) {
      throw new PolicyException(OpenCheck.SIGNER.reason("the initiator's KPAK is not usable: " + e.getMessage()));
    } catch (VerificationFailedException e) {
      return false;
    }
  }
}
