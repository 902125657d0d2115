// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.regroup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mcxsec.server.call.RefusedException;
import org.mcxsec.server.groups.GroupDirectory;
import org.mcxsec.server.groups.GroupRecord;
import org.mcxsec.server.groups.SecurityConfiguration;
import org.mcxsec.signalling.RegroupBody.LeftOut;
import org.mcxsec.signalling.Warning;

/**
 * The regroup lifecycle at the controlling function (regroup.md §9.3-4): creates temporary groups, names their
 * security configuration, decides who is included, and removes them.
 *
 * <p>Members who do not hold the named configuration are first offered to the GMS for delivery
 * ({@link GroupDirectory#deliver}); those still without it are left out with the reason, so nobody is sent media
 * it cannot decrypt.
 *
 * <p>Thread safety: safe to share; create and remove are serialised.
 */
public final class RegroupService {
  private final GroupDirectory directory;
  private final SecurityConfigurationSelector selector;
  private final Map<String, ActiveRegroup> byTemporaryGroup = new ConcurrentHashMap<>();
  private final Map<String, String> constituentToTemporary = new ConcurrentHashMap<>();

  public RegroupService(GroupDirectory directory, ExplicitConfigurationMapping mapping) {
    this.directory = directory;
    this.selector = new SecurityConfigurationSelector(directory, mapping);
  }

  /**
   * Creates the temporary group of {@code request}.
   *
   * @throws RefusedException 403 with 100 (requester not authorised; a constituent already regrouped), 163 (a
   *     group or the preconfigured group does not exist) or 165 (T already in use)
   */
  public synchronized ActiveRegroup create(RegroupRequest request) throws RefusedException {
    // 1. Authorisation (23.280 10.15.2: only an authorised user may regroup)
    if (!request.requesterIsDispatcher()) {
      throw RefusedException.forbidden(Warning.notAllowed("user not authorised to regroup"));
    }
    String t = request.temporaryGroupId();
    // 2. T must be free (24.379 16.2.3.1: 165)
    if (byTemporaryGroup.containsKey(t) || directory.group(t).isPresent()) {
      throw RefusedException.forbidden(Warning.REGROUP_ID_IN_USE);
    }
    // 3. Affected members: the constituents' members, or the listed users; the requester takes part too
    Set<String> affected = new LinkedHashSet<>();
    for (String g : request.groups()) {
      GroupRecord group = directory.group(g).filter(x -> !x.preconfiguredUseOnly())
          .orElseThrow(() -> RefusedException.forbidden(Warning.GROUP_DOES_NOT_EXIST));
      if (constituentToTemporary.containsKey(g)) {
        throw RefusedException.forbidden(Warning.notAllowed("group " + g + " is already regrouped into "
            + constituentToTemporary.get(g)));
      }
      affected.addAll(group.members());
    }
    affected.addAll(request.users());
    affected.add(request.requester());
    // 4. The configuration, then delivery to entitled members who lack it
    SecurityConfiguration config = selector.select(request, affected);
    Set<String> lacking = new HashSet<>();
    for (String u : affected) {
      if (!config.holds(u)) {
        lacking.add(u);
      }
    }
    Set<String> delivered = lacking.isEmpty() ? Set.of() : directory.deliver(config.id(), lacking);
    Set<String> members = new LinkedHashSet<>();
    List<LeftOut> leftOut = new ArrayList<>();
    for (String u : affected) {
      if (config.holds(u) || delivered.contains(u)) {
        members.add(u);
      } else {
        leftOut.add(new LeftOut(u, "does not hold and is not entitled to security configuration " + config.id()));
      }
    }
    ActiveRegroup r = new ActiveRegroup(t, request.kind(), request.groups(), members, config.id(),
        request.preconfiguredGroup(), request.requester(), leftOut);
    byTemporaryGroup.put(t, r);
    for (String g : request.groups()) {
      constituentToTemporary.put(g, t);
    }
    return r;
  }

  /**
   * Removes temporary group {@code t}; its constituents are normal groups again.
   *
   * @throws RefusedException 100 if the requester is not authorised, 163 if {@code t} is not an active regroup
   */
  public synchronized ActiveRegroup remove(String requester, boolean requesterIsDispatcher, String t)
      throws RefusedException {
    if (!requesterIsDispatcher) {
      throw RefusedException.forbidden(Warning.notAllowed("user not authorised to remove a regroup"));
    }
    ActiveRegroup r = byTemporaryGroup.remove(t);
    if (r == null) {
      throw RefusedException.forbidden(Warning.GROUP_DOES_NOT_EXIST);
    }
    for (String g : r.constituents()) {
      constituentToTemporary.remove(g, t);
    }
    return r;
  }

  /** The active regroup of temporary group {@code t}. */
  public Optional<ActiveRegroup> active(String t) {
    return Optional.ofNullable(byTemporaryGroup.get(t));
  }

  /** The active regroup that group {@code g} is a constituent of. */
  public Optional<ActiveRegroup> regroupOf(String g) {
    String t = constituentToTemporary.get(g);
    return t == null ? Optional.empty() : active(t);
  }

  /**
   * The active regroups whose constituents include one of {@code groups} and that include {@code user}: a member
   * who affiliates to a constituent while the regroup is active receives the regroup request then
   * (23.379 10.6.2.9.4).
   */
  public List<ActiveRegroup> regroupsFor(String user, Collection<String> groups) {
    List<ActiveRegroup> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String g : groups) {
      regroupOf(g).filter(r -> r.members().contains(user) && seen.add(r.temporaryGroupId())).ifPresent(out::add);
    }
    return out;
  }

  /** Every active regroup. */
  public List<ActiveRegroup> all() {
    return List.copyOf(byTemporaryGroup.values());
  }
}
