// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.regroup;

/** The four ways a temporary group is formed (TS 23.280 10.2.4, 10.15; TS 24.379 16). */
public enum RegroupKind {
  /** Groups G1..Gn merged into T; the server selects the security configuration. */
  GROUP_REGROUP,
  /** A list of users gathered into T; the server selects the security configuration. */
  USER_REGROUP,
  /** Groups regrouped using preconfigured group P: the configuration is P's own. */
  PRECONFIGURED_GROUP_REGROUP,
  /** Users regrouped using preconfigured group P: the configuration is P's own. */
  PRECONFIGURED_USER_REGROUP;

  public boolean usesPreconfiguredGroup() {
    return this == PRECONFIGURED_GROUP_REGROUP || this == PRECONFIGURED_USER_REGROUP;
  }

  public boolean regroupsGroups() {
    return this == GROUP_REGROUP || this == PRECONFIGURED_GROUP_REGROUP;
  }
}
