// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client;

import java.time.Clock;
import java.util.Optional;
import org.mcxsec.crypto.PolicyException;

/**
 * Which GMK protects a call (regroup.md §9.2; design §1): on a temporary group T, the GMK of the predefined group
 * security configuration the regroup procedure named for T, never a constituent group's own; on a normal group,
 * the group's own GMK. The newest active GMK of that group identity is the one a sender uses; receivers follow
 * the GMK-ID in each packet's MKI.
 *
 * <p>Thread safety: safe to share.
 */
public final class KeyResolver {
  private final GmkTable gmks;
  private final RegroupTable regroups;
  private final Clock clock;

  public KeyResolver(GmkTable gmks, RegroupTable regroups, Clock clock) {
    this.gmks = gmks;
    this.regroups = regroups;
    this.clock = clock;
  }

  /** The group identity whose GMKs protect a call on {@code callGroup}. */
  public String keyGroupOf(String callGroup, Optional<String> namedConfiguration) throws PolicyException {
    Optional<RegroupTable.Binding> t = regroups.get(callGroup);
    if (t.isPresent()) {
      String cfg = t.get().securityConfigurationId();
      if (namedConfiguration.isPresent() && !namedConfiguration.get().equals(cfg)) {
        throw new PolicyException("call on " + callGroup + " names security configuration "
            + namedConfiguration.get() + " but the regroup named " + cfg);
      }
      return cfg;
    }
    return namedConfiguration.orElse(callGroup);
  }

  /**
   * The GMK a call on {@code callGroup} uses now.
   *
   * @param namedConfiguration the configuration named in the call setup, if any
   * @throws PolicyException naming the group identity when no active GMK is held for it
   */
  public GmkEntry resolve(String callGroup, Optional<String> namedConfiguration) throws PolicyException {
    String keyGroup = keyGroupOf(callGroup, namedConfiguration);
    return gmks.active(keyGroup, clock.instant()).orElseThrow(() -> new PolicyException("no active GMK for "
        + (keyGroup.equals(callGroup) ? "group " + callGroup
            : "security configuration " + keyGroup + " of temporary group " + callGroup)));
  }
}
