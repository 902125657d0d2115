// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mcxsec.crypto.MalformedMessageException;
import org.mcxsec.mikey.payload.DataType;
import org.mcxsec.mikey.payload.IdRole;
import org.mcxsec.mikey.payload.IdrPayload;
import org.mcxsec.mikey.payload.KeyParametersExtension;
import org.mcxsec.mikey.payload.MikeyPayload;
import org.mcxsec.mikey.payload.RandPayload;
import org.mcxsec.mikey.payload.SakkePayload;
import org.mcxsec.mikey.payload.SakkeToSelfExtension;
import org.mcxsec.mikey.payload.SecurityPolicyPayload;
import org.mcxsec.mikey.payload.SignaturePayload;
import org.mcxsec.mikey.payload.SignatureType;
import org.mcxsec.mikey.payload.TimestampPayload;
import org.mcxsec.mikey.payload.TimestampType;

/**
 * A MIKEY message checked to have the shape of a MIKEY-SAKKE I_MESSAGE (RFC 6509 §4.1, TS 33.180 E.1.2):
 * {@code HDR, T, RAND, IDRs, [SP], SAKKE, [extensions], SIGN} in any order, SIGN last. Exactly one T (NTP-UTC or
 * NTP), RAND (at least 16 octets) and SAKKE; SIGN of type ECCSI with 129 octets; an initiator IDR (role 1 or 8) and a
 * responder IDR (role 2 or 9); at most one IDR per role except IDRkms (twice); at most one extension of type 6 and of
 * type 7; distinct SP policy numbers. Nothing cryptographic is checked here.
 *
 * <p>Thread safety: immutable.
 */
public final class IMessage {
  /** ECCSI signature length with P-256: r (32) ‖ s (32) ‖ PVT (65) (RFC 6509 §4.3). */
  public static final int ECCSI_SIGNATURE_OCTETS = 129;
  /** The least RAND length accepted (RFC 3830 §6.11 recommends 128 bits; MCX sends 16 octets). */
  public static final int MIN_RAND_OCTETS = 16;
  /** A UID carried in IDR roles 8 and 9 (TS 33.180 E.7, F.2.1). */
  public static final int UID_OCTETS = 32;

  private final MikeyMessage message;
  private final TimestampPayload timestamp;
  private final RandPayload rand;
  private final SakkePayload sakke;
  private final SignaturePayload signature;
  private final Map<IdRole, List<IdrPayload>> idrs;
  private final Optional<KeyParametersExtension> keyParameters;
  private final Optional<SakkeToSelfExtension> sakkeToSelf;

  private IMessage(MikeyMessage m) throws MalformedMessageException {
    this.message = m;
    if (m.header().dataType() != DataType.SAKKE_MSG) {
      throw fail("data type " + m.header().dataType().wire() + " is not 26 (SAKKE message, RFC 6509 §4.1)");
    }
    this.timestamp = exactlyOne(TimestampPayload.class, "T");
    if (timestamp.tsType() == TimestampType.COUNTER) {
      throw fail("T payload is a COUNTER; an I_MESSAGE carries an NTP-UTC time (TS 33.180 E.1.2)");
    }
    this.rand = exactlyOne(RandPayload.class, "RAND");
    if (rand.rand().size() < MIN_RAND_OCTETS) {
      throw fail("RAND of " + rand.rand().size() + " octets is shorter than 16 (RFC 3830 §6.11)");
    }
    this.sakke = exactlyOne(SakkePayload.class, "SAKKE");
    this.signature = m.signature().orElseThrow(() -> fail("no SIGN payload; an I_MESSAGE is signed (RFC 6509 §4.1)"));
    if (signature.sType() != SignatureType.ECCSI || signature.signature().size() != ECCSI_SIGNATURE_OCTETS) {
      throw fail("SIGN payload has S type " + signature.sType().wire() + " and " + signature.signature().size()
          + " octets; expected 2 (ECCSI) and 129 (RFC 6509 §4.3)");
    }
    this.idrs = new EnumMap<>(m.payloadsOf(IdrPayload.class).stream()
        .collect(Collectors.groupingBy(IdrPayload::role)));
    for (Map.Entry<IdRole, List<IdrPayload>> e : idrs.entrySet()) {
      int max = e.getKey() == IdRole.IDRKMS ? 2 : 1;
      if (e.getValue().size() > max) {
        throw fail(e.getValue().size() + " IDR payloads with role " + e.getKey().wire() + " ("
            + e.getKey().specName() + "); at most " + max + " allowed");
      }
    }
    for (IdRole uidRole : List.of(IdRole.IDRUIDI, IdRole.IDRUIDR)) {
      Optional<IdrPayload> uid = idr(uidRole);
      if (uid.isPresent() && uid.get().data().size() != UID_OCTETS) {
        throw fail(uidRole.specName() + " carries " + uid.get().data().size() + " octets; a UID has 32 "
            + "(TS 33.180 F.2.1)");
      }
    }
    if (idr(IdRole.IDRI).isEmpty() && idr(IdRole.IDRUIDI).isEmpty()) {
      throw fail("no initiator IDR (role 1 IDRi or role 8); an I_MESSAGE names its initiator (TS 33.180 E.1.2)");
    }
    if (idr(IdRole.IDRR).isEmpty() && idr(IdRole.IDRUIDR).isEmpty()) {
      throw fail("no responder IDR (role 2 IDRr or role 9); an I_MESSAGE names its responder (TS 33.180 E.1.2)");
    }
    this.keyParameters = atMostOne(KeyParametersExtension.class, "key parameters (type 7) extension");
    this.sakkeToSelf = atMostOne(SakkeToSelfExtension.class, "SAKKE-to-self (type 6) extension");
    List<Integer> policyNumbers = m.payloadsOf(SecurityPolicyPayload.class).stream()
        .map(SecurityPolicyPayload::policyNo).toList();
    if (policyNumbers.stream().distinct().count() != policyNumbers.size()) {
      throw fail("SP payloads repeat a policy number: " + policyNumbers);
    }
  }

  /**
   * Checks the shape of {@code message}.
   *
   * @throws MalformedMessageException starting with {@code "structure: "}, naming what is missing or repeated
   */
  public static IMessage of(MikeyMessage message) throws MalformedMessageException {
    return new IMessage(Objects.requireNonNull(message, "message"));
  }

  public MikeyMessage message() {
    return message;
  }

  public TimestampPayload timestamp() {
    return timestamp;
  }

  public RandPayload rand() {
    return rand;
  }

  public SakkePayload sakke() {
    return sakke;
  }

  public SignaturePayload signature() {
    return signature;
  }

  /** The IDR payload with {@code role} (for IDRkms, the first of them). */
  public Optional<IdrPayload> idr(IdRole role) {
    return idrs.getOrDefault(role, List.of()).stream().findFirst();
  }

  /** The IDR payloads with {@code role}, in order. */
  public List<IdrPayload> idrs(IdRole role) {
    return List.copyOf(idrs.getOrDefault(role, List.of()));
  }

  public Optional<KeyParametersExtension> keyParameters() {
    return keyParameters;
  }

  public Optional<SakkeToSelfExtension> sakkeToSelf() {
    return sakkeToSelf;
  }

  public List<SecurityPolicyPayload> policies() {
    return message.payloadsOf(SecurityPolicyPayload.class);
  }

  private <T extends MikeyPayload> T exactlyOne(Class<T> type, String name) throws MalformedMessageException {
    List<T> found = message.payloadsOf(type);
    if (found.size() != 1) {
      throw fail((found.isEmpty() ? "no " : found.size() + " ") + name + " payload" + (found.isEmpty() ? "" : "s")
          + offsets(type) + "; an I_MESSAGE carries exactly one (RFC 6509 §4.1)");
    }
    return found.get(0);
  }

  private <T extends MikeyPayload> Optional<T> atMostOne(Class<T> type, String name)
      throws MalformedMessageException {
    List<T> found = message.payloadsOf(type);
    if (found.size() > 1) {
      throw fail(found.size() + " " + name + "s" + offsets(type) + "; at most one allowed (TS 33.180 E.5, E.6)");
    }
    return found.stream().findFirst();
  }

  private String offsets(Class<? extends MikeyPayload> type) {
    int[] offsets = message.payloadOffsets();
    List<MikeyPayload> payloads = message.payloads();
    List<String> at = new java.util.ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      if (type.isInstance(payloads.get(i))) {
        at.add(Integer.toString(offsets[i]));
      }
    }
    return at.isEmpty() ? "" : " (at offset" + (at.size() == 1 ? " " : "s ") + String.join(", ", at) + ")";
  }

  private static MalformedMessageException fail(String detail) {
    return new MalformedMessageException(OpenCheck.STRUCTURE.reason(detail));
  }
}
