// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.provisioning;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mcxsec.client.GktpProcessor;
import org.mcxsec.client.GmkEntry;
import org.mcxsec.client.GmkTable;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.McxException;
import org.mcxsec.crypto.sakke.SakkeDecapsulator;
import org.mcxsec.crypto.sakke.SakkeReceiverKey;
import org.mcxsec.mikey.Freshness;
import org.mcxsec.mikey.IMessageOpener;
import org.mcxsec.mikey.KmsCertificate;
import org.mcxsec.mikey.ReceiverKeySet;

/**
 * A client's whole key path against the real services (design §1): its token, the KMS certificate and its own key
 * sets over HTTP, then each group document's GKTPs, every one opened and verified ({@link GktpProcessor}) before
 * its GMK enters the table. GMKs are accepted only from {@code gmsUri}.
 *
 * <p>Thread safety: safe to share; {@link #close()} wipes the receiver keys.
 */
public final class ClientProvisioning implements AutoCloseable {
  /** How old the T of a GKTP fetched from a group document may be: longer than any GMK lives. */
  public static final Duration MAX_GKTP_AGE = Duration.ofDays(400);
  private final ServiceClient services;
  private final String token;
  private final GktpProcessor processor;
  private final List<AutoCloseable> secrets = new ArrayList<>();
  private final Set<Bytes> accepted = ConcurrentHashMap.newKeySet();

  private ClientProvisioning(ServiceClient services, String token, GktpProcessor processor) {
    this.services = services;
    this.token = token;
    this.processor = processor;
  }

  /** Provisions {@code user}: token, certificate, key sets; the returned object fetches GKTPs into {@code table}. */
  public static ClientProvisioning provision(ServiceClient services, String user, String password, String gmsUri,
      GmkTable table, Clock clock) throws IOException, McxException {
    String token = services.token(user, password);
    KmsCertificate cert = services.kmsCertificate(token);
    // a GKTP in a group document may be fetched long after the GMS made it: T may be as old as a GMK lives
    IMessageOpener.Builder b = IMessageOpener.builder(user).kms(cert).authorisedGmkInitiators(gmsUri::equals)
        .clock(clock).freshness(Freshness.within(MAX_GKTP_AGE, Duration.ofMinutes(5)));
    List<AutoCloseable> secrets = new ArrayList<>();
    for (ProvisionedKeys k : services.keySets(token)) {
      try (k) {
        // RFC 6508 §6.1.2: the RSK is validated against Z and the UID before use
        SakkeReceiverKey rsk = SakkeReceiverKey.validate(cert.zPub(), k.userId(), k.rsk());
        SakkeDecapsulator d = new SakkeDecapsulator(rsk);
        secrets.add(rsk);
        secrets.add(d);
        b.keySet(ReceiverKeySet.of(k.keyPeriodNo(), k.userId(), d));
      }
    }
    ClientProvisioning p = new ClientProvisioning(services, token, new GktpProcessor(b.build(), table));
    p.secrets.addAll(secrets);
    return p;
  }

  /** The bearer token (for the call server too). */
  public String token() {
    return token;
  }

  /**
   * Fetches {@code groupId}'s document and stores every GMK its GKTPs carry. A GKTP this object has already
   * accepted is skipped (opening it again would be a replay, RFC 3830 §5.4), so a document can be fetched again
   * after each change.
   *
   * @return the GMKs stored now
   */
  public synchronized List<GmkEntry> fetchGroup(String groupId) throws IOException, McxException {
    List<GmkEntry> out = new ArrayList<>();
    for (Bytes gktp : services.gktps(token, groupId)) {
      Bytes digest = digest(gktp);
      if (!accepted.contains(digest)) {
        out.add(processor.process(gktp));
        accepted.add(digest);
      }
    }
    return out;
  }

  private static Bytes digest(Bytes gktp) {
    try {
      return Bytes.copyOf(MessageDigest.getInstance("SHA-256").digest(gktp.toByteArray()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** What a subscription reports: documents fetched after a change, and failures. */
  public interface GroupUpdates {
    /** {@code groupId} changed at the GMS; its document was fetched and these GMKs stored. */
    void fetched(String groupId, List<GmkEntry> gmks);

    /** {@code groupId} changed but its document could not be fetched or a GKTP was rejected. */
    default void failed(String groupId, Exception e) {}

    /** The notification stream is open (again). */
    default void subscribed() {}

    /** The notification stream failed and will be reopened; {@code why} names the cause. */
    default void disconnected(String why) {}
  }

  /**
   * Subscribes to the GMS's notifications (design §3: pushed, then fetched): for every {@code group-changed}
   * event the group's document is fetched and each GKTP opened and verified before its GMK enters the table, as
   * with {@link #fetchGroup}. Close the returned subscription to stop.
   */
  public GroupNotifications subscribe(GroupUpdates updates) {
    return services.notifications(token, new GroupNotifications.Listener() {
      @Override
      public void groupChanged(String groupId) {
        try {
          updates.fetched(groupId, fetchGroup(groupId));
        } catch (IOException | McxException | RuntimeException e) {
          updates.failed(groupId, e);
        }
      }

      @Override
      public void subscribed() {
        updates.subscribed();
      }

      @Override
      public void disconnected(String why) {
        updates.disconnected(why);
      }
    });
  }

  @Override
  public void close() {
    for (AutoCloseable c : secrets) {
      try {
        c.close();
      } catch (Exception e) {
        // wiping is best effort
      }
    }
  }
}
