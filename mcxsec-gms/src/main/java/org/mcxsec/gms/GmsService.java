// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.PolicyException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.gms.GmsStore.StoredGmk;
import org.mcxsec.gms.GmsStore.TemporaryGroup;
import org.mcxsec.gms.internal.FanOut;
import org.mcxsec.store.RowIdentity;
import org.mcxsec.store.SecretSealer;

/**
 * The GMS (TS 33.180 §5.7; design §1): keeps groups, preconfigured groups and security configurations with their
 * members, creates GMKs and delivers each to every member as its own signed I_MESSAGE, and serves each member its
 * group documents.
 *
 * <p>Lifecycle: a group without a live GMK gets one; a successor is made ahead of expiry ({@link GmkPolicy}); a
 * removed member triggers an immediate rekey (new GMK to the others, the old one revoked); an added member gets
 * the live GMKs. Every change is committed before anything is sent, and {@link #maintain()} (run at start and
 * periodically) finishes whatever a crash interrupted.
 *
 * <p>Thread safety: safe to share; changes are serialised.
 */
public final class GmsService implements AutoCloseable {
  private static final int GMK_OCTETS = 16;
  private static final int RAND_OCTETS = 16;

  private final GmsStore store;
  private final SecretSealer sealer;
  private final GmkPolicy policy;
  private final SecureRandom random;
  private final Clock clock;
  private final GmsListener listener;
  private final FanOutProgress progress;
  private final ExecutorService pool;
  private final FanOut fanOut;

  public GmsService(GmsStore store, SecretSealer sealer, GmkMessageFactory messages, GmkPolicy policy,
      SecureRandom random, Clock clock, GmsListener listener, FanOutProgress progress) {
    this.store = store;
    this.sealer = sealer;
    this.policy = policy;
    this.random = random;
    this.clock = clock;
    this.listener = listener;
    this.progress = progress;
    this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
      Thread t = new Thread(r, "gms-fan-out");
      t.setDaemon(true);
      return t;
    });
    this.fanOut = new FanOut(store, messages, pool, clock);
  }

  /**
   * Makes the stored groups match {@code definitions} (adding groups and members, removing members no longer
   * listed, which rekeys), then {@link #maintain()}.
   */
  public synchronized void configure(List<GroupDefinition> definitions) throws KeyMaterialException {
    for (GroupDefinition d : definitions) {
      store.ensureGroup(d.id(), d.kind());
      Set<String> current = store.members(d.id());
      for (String m : d.members()) {
        if (!current.contains(m)) {
          store.addMember(d.id(), m);
        }
      }
      for (String m : current) {
        if (!d.members().contains(m)) {
          store.removeMember(d.id(), m);
        }
      }
    }
    maintain();
  }

  /**
   * Brings every group to its required state: rekeys where a removal asked for it, creates a first GMK or a
   * successor where due, and completes every live GMK's fan-out (after a crash, this is the recovery).
   */
  public synchronized void maintain() throws KeyMaterialException {
    Instant now = clock.instant();
    for (String groupId : store.groups()) {
      List<StoredGmk> gmks = store.gmks(groupId);
      Optional<Gmk> newest = gmks.stream().map(StoredGmk::gmk).filter(g -> g.isLive(now))
          .max(Comparator.comparing(Gmk::expiry));
      if (store.rekeyNeeded(groupId)) {
        for (StoredGmk s : gmks) {
          if (!s.gmk().revoked()) {
            store.revokeGmk(s.gmk().gmkId());
          }
        }
        createGmk(groupId, now);
      } else if (newest.isEmpty()) {
        createGmk(groupId, now);
      } else if (!newest.get().expiry().isAfter(now.plus(policy.rolloverLead()))) {
        Instant activation = newest.get().expiry().minus(policy.rolloverLead().dividedBy(2));
        createGmk(groupId, activation.isBefore(now) ? now : activation);
      }
      for (StoredGmk s : store.gmks(groupId)) {
        if (s.gmk().isLive(now)) {
          deliver(s);
        }
      }
    }
  }

  /** Creates a GMK for {@code groupId}, active from {@code activation}, and delivers it to every member. */
  public synchronized Gmk createGmk(String groupId, Instant activation) throws KeyMaterialException {
    if (store.kind(groupId).isEmpty()) {
      throw new IllegalArgumentException("no group " + groupId);
    }
    Instant from = activation.truncatedTo(ChronoUnit.SECONDS);
    while (true) {
      // TS 33.180 §5.2.3: GMK-ID = purpose tag 0 (4 bits) ‖ 28 random bits; RAND shared by all members (§7.4.2)
      int gmkId = random.nextInt() & 0x0FFF_FFFF;
      Gmk gmk = new Gmk(groupId, gmkId, Bytes.copyOf(randomOctets(RAND_OCTETS)), from, from.plus(policy.lifetime()),
          false);
      try (SecretBytes key = SecretBytes.random(GMK_OCTETS, random)) {
        StoredGmk stored = new StoredGmk(gmk, sealer.seal(key, gmkRow(gmkId)));
        if (store.insertGmk(stored, clock.instant())) {
          deliver(stored);
          return gmk;
        }
      }
    }
  }

  /** Revokes a GMK: it leaves every member's document (TS 33.180 §9: a revoked GMK must not be used). */
  public synchronized void revoke(int gmkId) {
    Optional<StoredGmk> s = store.gmk(gmkId);
    if (s.isPresent()) {
      store.revokeGmk(gmkId);
      for (String m : store.members(s.get().gmk().groupId())) {
        listener.changed(m, s.get().gmk().groupId());
      }
    }
  }

  /** Adds a member and delivers the group's live GMKs to it. */
  public synchronized void addMember(String groupId, String memberUri) throws KeyMaterialException {
    store.addMember(groupId, memberUri);
    for (StoredGmk s : store.gmks(groupId)) {
      if (s.gmk().isLive(clock.instant())) {
        deliver(s);
      }
    }
  }

  /** Removes a member and rekeys at once: a new GMK to the remaining members, the old ones revoked. */
  public synchronized void removeMember(String groupId, String memberUri) throws KeyMaterialException {
    if (store.removeMember(groupId, memberUri)) {
      listener.changed(memberUri, groupId);
      maintain();
    }
  }

  public Set<String> members(String groupId) {
    return store.members(groupId);
  }

  /** The group's GMKs, oldest activation first. */
  public List<Gmk> gmks(String groupId) {
    return store.gmks(groupId).stream().map(StoredGmk::gmk).toList();
  }

  /**
   * Records a temporary group {@code tgi} made of {@code groups} and {@code users}, protected with the GMKs of
   * {@code securityConfiguration} (already delivered to its holders), and notifies every member.
   */
  public synchronized RegroupResult regroup(String tgi, List<String> groups, List<String> users,
      String securityConfiguration) throws PolicyException {
    if (store.kind(securityConfiguration).isEmpty()) {
      throw new PolicyException("security configuration " + securityConfiguration + " is not known");
    }
    if (store.kind(tgi).isPresent() || store.temporaryGroups().stream().anyMatch(t -> t.tgi().equals(tgi))) {
      throw new PolicyException("temporary group ID " + tgi + " is already in use");
    }
    store.insertTemporaryGroup(new TemporaryGroup(tgi, securityConfiguration, groups, users), clock.instant());
    Set<String> members = temporaryMembers(new TemporaryGroup(tgi, securityConfiguration, groups, users));
    Set<String> holders = store.members(securityConfiguration);
    List<String> excluded = members.stream().filter(m -> !holders.contains(m)).sorted().toList();
    notifyTemporary(tgi, groups, members);
    return new RegroupResult(tgi, securityConfiguration, new ArrayList<>(new TreeSet<>(members)), excluded);
  }

  /** Ends a regroup: calls on the constituent groups use their own GMKs again. */
  public synchronized void endRegroup(String tgi) {
    for (TemporaryGroup t : store.temporaryGroups()) {
      if (t.tgi().equals(tgi)) {
        store.deleteTemporaryGroup(tgi);
        notifyTemporary(tgi, t.groups(), temporaryMembers(t));
      }
    }
  }

  private void notifyTemporary(String tgi, List<String> groups, Set<String> members) {
    for (String m : members) {
      listener.changed(m, tgi);
      for (String g : groups) {
        if (store.members(g).contains(m)) {
          listener.changed(m, g);
        }
      }
    }
  }

  private Set<String> temporaryMembers(TemporaryGroup t) {
    Set<String> members = new HashSet<>(t.users());
    for (String g : t.groups()) {
      members.addAll(store.members(g));
    }
    return members;
  }

  /**
   * {@code memberUri}'s document for {@code groupId} (a group, preconfigured group, security configuration or
   * temporary group it belongs to).
   *
   * @throws PolicyException if it is not a member (or the group is unknown)
   */
  public GroupDocument document(String groupId, String memberUri) throws PolicyException {
    Instant now = clock.instant();
    List<TemporaryGroup> temporaries = store.temporaryGroups();
    Optional<TemporaryGroup> temporary = temporaries.stream().filter(t -> t.tgi().equals(groupId)).findFirst();
    if (temporary.isPresent()) {
      TemporaryGroup t = temporary.get();
      Set<String> members = temporaryMembers(t);
      if (!members.contains(memberUri)) {
        throw notMember(memberUri, groupId);
      }
      return new GroupDocument(groupId, GroupKind.GROUP, true, new ArrayList<>(new TreeSet<>(members)), t.groups(),
          gktps(t.securityConfiguration(), memberUri, now), List.of());
    }
    Optional<GroupKind> kind = store.kind(groupId);
    Set<String> members = store.members(groupId);
    if (kind.isEmpty() || !members.contains(memberUri)) {
      throw notMember(memberUri, groupId);
    }
    List<GroupDocument.RegroupedGktps> regrouped = new ArrayList<>();
    for (TemporaryGroup t : temporaries) {
      if (t.groups().contains(groupId)) {
        regrouped.add(new GroupDocument.RegroupedGktps(t.tgi(), gktps(t.securityConfiguration(), memberUri, now)));
      }
    }
    return new GroupDocument(groupId, kind.get(), false, new ArrayList<>(new TreeSet<>(members)), List.of(),
        gktps(groupId, memberUri, now), regrouped);
  }

  private static PolicyException notMember(String memberUri, String groupId) {
    return new PolicyException(memberUri + " is not a member of group " + groupId);
  }

  private List<GroupDocument.Gktp> gktps(String groupId, String memberUri, Instant now) {
    List<GroupDocument.Gktp> out = new ArrayList<>();
    for (StoredGmk s : store.gmks(groupId)) {
      if (s.gmk().isLive(now)) {
        store.delivery(s.gmk().gmkId(), memberUri).ifPresent(m ->
            out.add(new GroupDocument.Gktp(s.gmk().gmkIdHex(), s.gmk().activation(), m)));
      }
    }
    return out;
  }

  private void deliver(StoredGmk s) throws KeyMaterialException {
    Gmk gmk = s.gmk();
    try (SecretBytes key = sealer.open(s.sealedKey(), gmkRow(gmk.gmkId()))) {
      fanOut.deliver(gmk, key, store.members(gmk.groupId()), List.of(gmk.groupId()), listener, progress);
    }
  }

  /** Where a GMK is sealed. */
  public static RowIdentity gmkRow(int gmkId) {
    return new RowIdentity("gms_gmk", "gmk_sealed", Integer.toHexString(gmkId));
  }

  private byte[] randomOctets(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
