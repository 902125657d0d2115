// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.groups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * A {@link GroupDirectory} held in memory, built from the {@code groups}, {@code preconfigured-groups} and
 * {@code security-configurations} of the serve configuration until the GMS provides the read side. A delivery
 * turns entitled users into holders and tells the {@code onDelivery} callback (which, in one process, hands the
 * GMKs over).
 *
 * <p>Thread safety: safe to share.
 */
public final class StaticGroupDirectory implements GroupDirectory {
  private final Map<String, GroupRecord> groups = new ConcurrentHashMap<>();
  private final Map<String, SecurityConfiguration> configurations = new ConcurrentHashMap<>();
  private final BiConsumer<String, Set<String>> onDelivery;

  /** An empty directory; {@code onDelivery} receives (configuration ID, users newly given it). */
  public StaticGroupDirectory(BiConsumer<String, Set<String>> onDelivery) {
    this.onDelivery = onDelivery;
  }

  /** Adds or replaces a normal group. */
  public StaticGroupDirectory addGroup(String id, Set<String> members) {
    groups.put(id, new GroupRecord(id, members, false));
    return this;
  }

  /**
   * Adds a preconfigured group: a group marked preconfigured-group-use-only and a security configuration of the
   * same ID held by {@code holders}.
   */
  public StaticGroupDirectory addPreconfiguredGroup(String id, Set<String> holders, Set<String> entitled) {
    groups.put(id, new GroupRecord(id, Set.of(), true));
    configurations.put(id, new SecurityConfiguration(id, holders, entitled, true));
    return this;
  }

  /** Adds a predefined group security configuration held by {@code holders}, deliverable to {@code entitled}. */
  public StaticGroupDirectory addConfiguration(String id, Set<String> holders, Set<String> entitled) {
    configurations.put(id, new SecurityConfiguration(id, holders, entitled, false));
    return this;
  }

  @Override
  public Optional<GroupRecord> group(String id) {
    return Optional.ofNullable(groups.get(id));
  }

  @Override
  public Optional<SecurityConfiguration> configuration(String id) {
    return Optional.ofNullable(configurations.get(id));
  }

  @Override
  public List<SecurityConfiguration> configurations() {
    List<SecurityConfiguration> all = new ArrayList<>(configurations.values());
    all.sort(Comparator.comparing(SecurityConfiguration::id));
    return all;
  }

  @Override
  public Set<String> deliver(String id, Set<String> users) {
    Set<String> given = new HashSet<>();
    SecurityConfiguration after = configurations.computeIfPresent(id, (k, c) -> {
      Set<String> holders = new HashSet<>(c.holders());
      for (String u : users) {
        if (!c.holds(u) && c.entitled().contains(u)) {
          holders.add(u);
          given.add(u);
        }
      }
      return new SecurityConfiguration(k, holders, c.entitled(), c.preconfiguredGroup());
    });
    if (!given.isEmpty()) {
      onDelivery.accept(id, Set.copyOf(given));
    }
    Set<String> holding = new HashSet<>();
    if (after != null) {
      for (String u : users) {
        if (after.holds(u)) {
          holding.add(u);
        }
      }
    }
    return holding;
  }
}
