// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms;

/**
 * Told when a member's view of a group changed (a GKTP delivered or revoked, membership, a regroup), so that the
 * member can be notified and fetch its document again (TS 23.280 10.1.5.2: notify, then get).
 */
@FunctionalInterface
public interface GmsListener {
  void changed(String memberUri, String groupId);

  /** A listener that ignores everything. */
  GmsListener NONE = (m, g) -> { };
}
