// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms;

/**
 * What a group identity is for (regroup.md §1, design §1): a group members call on; a preconfigured group
 * ({@code preconfigured-group-use-only}, a regroup template whose GMKs go to its holders); or a predefined group
 * security configuration (a GMK set delivered in advance to every holder, named by a regroup).
 */
public enum GroupKind {
  GROUP,
  PRECONFIGURED,
  SECURITY_CONFIGURATION
}
