// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.mikey.payload.IdRole;
import org.mcxsec.mikey.payload.IdrPayload;
import org.mcxsec.mikey.payload.SakkePayload;

/**
 * "Is it for me" (TS 33.180 §5.2.6; digest §10 step 3): the responder IDR names this receiver (its URI, or one of
 * its UIDs) and its KMS; or the receiver is the initiator and the message has a SAKKE-to-self extension (E.5). The
 * result says which SAKKE payload to open and with which receiver keys, in the order to try them.
 */
final class RecipientCheck {
  private RecipientCheck() {}

  /**
   * The SAKKE payload meant for this receiver and the receiver keys to try, best first; or, when none is provisioned
   * for the UID the message names, that UID for the {@link ReceiverKeyFactory}.
   */
  record Target(SakkePayload sakke, boolean sakkeToSelf, List<ReceiverKeySet> attempts, Optional<Bytes> factoryUid) {}

  static Target check(IMessage m, OpenerSettings s, OptionalLong periodOfT) throws PolicyException {
    Optional<Bytes> targetUid;
    boolean toSelf = false;
    Optional<Bytes> role9 = m.idr(IdRole.IDRUIDR).map(IdrPayload::data);
    Optional<IdrPayload> idrr = m.idr(IdRole.IDRR);
    boolean responderIsMe = (role9.isEmpty() || isMine(role9.get(), s))
        && (idrr.isEmpty() || isMine(idrr.get().data(), s) || s.isMyUri(idrr.get().text()));
    if (responderIsMe) {
      targetUid = role9.or(() -> idrr.map(IdrPayload::data).filter(d -> d.size() == IMessage.UID_OCTETS
          && isMine(d, s)));
      checkKms(responderKms(m), s, "IDRkmsr");
    } else if (initiatorIsMe(m, s) && m.sakkeToSelf().isPresent()) {
      toSelf = true;
      targetUid = m.idr(IdRole.IDRUIDI).map(IdrPayload::data);
      checkKms(initiatorKms(m), s, "IDRkmsi");
    } else {
      throw new PolicyException(OpenCheck.RECIPIENT.reason("the responder "
          + role9.map(u -> "UID " + u).orElseGet(() -> "'" + idrr.orElseThrow().text() + "'")
          + " is not this receiver (" + s.myUri() + ")"));
    }
    SakkePayload sakke = toSelf ? m.sakkeToSelf().orElseThrow().sakke() : m.sakke();
    List<ReceiverKeySet> attempts = attempts(targetUid, s, periodOfT);
    Optional<Bytes> factoryUid = attempts.isEmpty() && s.keyForMessageUid().isPresent() ? targetUid : Optional.empty();
    if (attempts.isEmpty() && factoryUid.isEmpty()) {
      throw new PolicyException(OpenCheck.RECIPIENT.reason(targetUid.map(u -> "no receiver key for UID " + u)
          .orElse("the message names this receiver by URI only and no receiver key set is provisioned")));
    }
    return new Target(sakke, toSelf, attempts, factoryUid);
  }

  private static List<ReceiverKeySet> attempts(Optional<Bytes> targetUid, OpenerSettings s, OptionalLong periodOfT) {
    List<ReceiverKeySet> sets = new ArrayList<>(s.keySets());
    if (targetUid.isPresent()) {
      sets.removeIf(k -> !k.uid().equals(targetUid.get()));
    }
    // the period of T first, then the nearest provisioned periods (senders use stale or early key sets), then keys
    // of unknown period
    long pivot = periodOfT.orElse(Long.MAX_VALUE / 2);
    sets.sort(Comparator.comparingLong(k -> k.keyPeriodNo().isPresent()
        ? Math.abs(k.keyPeriodNo().getAsLong() - pivot) : Long.MAX_VALUE));
    return sets;
  }

  private static boolean isMine(Bytes uid, OpenerSettings s) {
    return s.isMyUid(uid) || (s.keyForMessageUid().isPresent() && uid.size() == IMessage.UID_OCTETS);
  }

  private static boolean initiatorIsMe(IMessage m, OpenerSettings s) {
    return m.idr(IdRole.IDRUIDI).map(u -> s.isMyUid(u.data())).orElse(false)
        || m.idr(IdRole.IDRI).map(i -> s.isMyUri(i.text())).orElse(false);
  }

  static Optional<String> initiatorKms(IMessage m) {
    return m.idr(IdRole.IDRKMSI).or(() -> m.idr(IdRole.IDRKMS)).map(IdrPayload::text);
  }

  static Optional<String> responderKms(IMessage m) {
    List<IdrPayload> kms = m.idrs(IdRole.IDRKMS);
    return m.idr(IdRole.IDRKMSR).or(() -> kms.isEmpty() ? Optional.empty() : Optional.of(kms.get(kms.size() - 1)))
        .map(IdrPayload::text);
  }

  private static void checkKms(Optional<String> named, OpenerSettings s, String role) throws PolicyException {
    Optional<KmsCertificate> home = s.home();
    if (named.isPresent() && home.isPresent() && !home.get().matches(named.get())) {
      throw new PolicyException(OpenCheck.RECIPIENT.reason(role + " '" + named.get().replace("\0", "\\0")
          + "' is not this receiver's KMS '" + home.get().kmsUri() + "'"));
    }
  }
}
