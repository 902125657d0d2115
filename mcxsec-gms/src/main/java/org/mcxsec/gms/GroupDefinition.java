// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.gms;

import java.util.List;
import java.util.Objects;

/**
 * A configured group identity and who receives its GMKs: members of a group, holders of a preconfigured group or
 * of a security configuration (configuration {@code groups}, {@code preconfigured-groups},
 * {@code security-configurations}).
 */
public record GroupDefinition(String id, GroupKind kind, List<String> members) {
  public GroupDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    members = List.copyOf(members);
  }
}
