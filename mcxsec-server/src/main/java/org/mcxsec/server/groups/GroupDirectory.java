// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.groups;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The read side of group management that the call server needs (design §2: the server depends on the GMS's read
 * side): groups and their members, and the predefined group security configurations with who holds their GMKs.
 * The GMS implements it; {@link StaticGroupDirectory} implements it from configuration.
 *
 * <p>Thread safety: implementations are safe to share.
 */
public interface GroupDirectory {
  /** The group {@code id} (a normal group or a preconfigured group), if it exists. */
  Optional<GroupRecord> group(String id);

  /** The predefined group security configuration {@code id} (a preconfigured group is one too). */
  Optional<SecurityConfiguration> configuration(String id);

  /** Every predefined group security configuration, ordered by ID. */
  List<SecurityConfiguration> configurations();

  /**
   * Asks the GMS to deliver the GMKs of configuration {@code id} to {@code users} who are entitled to it but do not
   * hold it yet (it sends their GKTPs), and answers who holds it afterwards, among {@code users}.
   */
  Set<String> deliver(String id, Set<String> users);
}
