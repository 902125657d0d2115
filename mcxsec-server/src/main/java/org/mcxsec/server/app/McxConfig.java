// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The YAML configuration of {@code serve} (design §3). Every key is optional; absent keys take the defaults
 * below.
 *
 * <pre>
 * kms:                       # the KMS community (TS 33.180 Annex D certificate fields)
 *   uri: kms.mcxsec.local    # KmsUri, the UID's P2
 *   user-key-period: 2592000 # UserKeyPeriod, seconds (30 days)
 *   user-key-offset: 0       # UserKeyOffset, seconds
 * gms:
 *   uri: sip:gms@mcxsec.local # the GMS's identity: it signs I_MESSAGEs with its own KMS key set
 *   gmk-lifetime: 2592000    # seconds a GMK is valid from its activation
 *   gmk-rollover-lead: 86400 # seconds before expiry its successor is made
 * users:                     # who may obtain a token from POST /oauth/token
 *   - {uri: sip:alice@example.org, password: alice-pw, dispatcher: false}
 * groups: [{id: sip:g1@example.org, members: [sip:alice@example.org]}]
 * preconfigured-groups: [{id: sip:p1@example.org, holders: [sip:alice@example.org]}]
 * security-configurations: [{id: sip:sc1@example.org, holders: [sip:alice@example.org]}]
 *   # each entry of preconfigured-groups and security-configurations may also list
 *   #   entitled: [uri...]          users the GMS may deliver it to on demand when a regroup names it
 *   # and a security configuration may list
 *   #   temporary-groups: [tgi...]  temporary groups it is named for (the explicit mapping, checked first)
 * storage:
 *   kek: 64 hex characters   # key-encryption key; else kek-file; else DATA/kek, generated on first start
 *   kek-file: /path/to/kek
 * auth:
 *   token-lifetime: 3600     # seconds, built-in token service
 *   oidc:                    # trust an external OpenID Connect issuer instead of the built-in service
 *     issuer: https://idms.example.org
 *     jwks-url: https://idms.example.org/jwks
 *     audience: mcx          # optional
 *     identity-claim: sub    # the claim holding the user's URI
 * </pre>
 */
public record McxConfig(Kms kms, Gms gms, List<User> users, List<Group> groups,
    @JsonProperty("preconfigured-groups") List<Holders> preconfiguredGroups,
    @JsonProperty("security-configurations") List<Holders> securityConfigurations, Storage storage, Auth auth) {
  public McxConfig {
    kms = Objects.requireNonNullElse(kms, new Kms(null, null, null));
    gms = Objects.requireNonNullElse(gms, new Gms(null, null, null));
    users = users == null ? List.of() : List.copyOf(users);
    groups = groups == null ? List.of() : List.copyOf(groups);
    preconfiguredGroups = preconfiguredGroups == null ? List.of() : List.copyOf(preconfiguredGroups);
    securityConfigurations = securityConfigurations == null ? List.of() : List.copyOf(securityConfigurations);
    storage = Objects.requireNonNullElse(storage, new Storage(null, null));
    auth = Objects.requireNonNullElse(auth, new Auth(null, null));
  }

  /** Every default. */
  public static McxConfig defaults() {
    return new McxConfig(null, null, null, null, null, null, null, null);
  }

  /** {@code kms:} */
  public record Kms(String uri, @JsonProperty("user-key-period") Long userKeyPeriod,
      @JsonProperty("user-key-offset") Long userKeyOffset) {
    public Kms {
      uri = Objects.requireNonNullElse(uri, "kms.mcxsec.local");
      userKeyPeriod = Objects.requireNonNullElse(userKeyPeriod, 2_592_000L);
      userKeyOffset = Objects.requireNonNullElse(userKeyOffset, 0L);
    }
  }

  /** {@code gms:} */
  public record Gms(String uri, @JsonProperty("gmk-lifetime") Long gmkLifetime,
      @JsonProperty("gmk-rollover-lead") Long gmkRolloverLead) {
    public Gms {
      uri = Objects.requireNonNullElse(uri, "sip:gms@mcxsec.local");
      gmkLifetime = Objects.requireNonNullElse(gmkLifetime, 2_592_000L);
      gmkRolloverLead = Objects.requireNonNullElse(gmkRolloverLead, 86_400L);
    }
  }

  /** One entry of {@code users:}. */
  public record User(String uri, String password, Boolean dispatcher) {
    public User {
      Objects.requireNonNull(uri, "users[].uri is required");
      Objects.requireNonNull(password, "users[].password is required");
      dispatcher = Boolean.TRUE.equals(dispatcher);
    }

    @Override
    public String toString() {
      return "User[" + uri + ", dispatcher=" + dispatcher + ", password=<redacted>]";
    }
  }

  /** One entry of {@code groups:}. */
  public record Group(String id, List<String> members) {
    public Group {
      Objects.requireNonNull(id, "groups[].id is required");
      members = members == null ? List.of() : List.copyOf(members);
    }
  }

  /** One entry of {@code preconfigured-groups:} or {@code security-configurations:}. */
  public record Holders(String id, List<String> holders, List<String> entitled,
      @JsonProperty("temporary-groups") List<String> temporaryGroups) {
    public Holders {
      Objects.requireNonNull(id, "id is required");
      holders = holders == null ? List.of() : List.copyOf(holders);
      entitled = entitled == null ? List.of() : List.copyOf(entitled);
      temporaryGroups = temporaryGroups == null ? List.of() : List.copyOf(temporaryGroups);
    }

    /** Holders only: nobody else entitled, no explicit mapping. */
    public Holders(String id, List<String> holders) {
      this(id, holders, null, null);
    }
  }

  /** Configuration ID → users the GMS may deliver it to on demand (from both holder lists). */
  public Map<String, Set<String>> entitledUsers() {
    Map<String, Set<String>> m = new HashMap<>();
    for (List<Holders> list : List.of(preconfiguredGroups, securityConfigurations)) {
      for (Holders h : list) {
        if (!h.entitled().isEmpty()) {
          m.computeIfAbsent(h.id(), k -> new HashSet<>()).addAll(h.entitled());
        }
      }
    }
    return m;
  }

  /** Temporary group ID → the security configuration named for it ({@code temporary-groups:} entries). */
  public Map<String, String> explicitMapping() {
    Map<String, String> m = new HashMap<>();
    for (Holders h : securityConfigurations) {
      for (String t : h.temporaryGroups()) {
        String previous = m.putIfAbsent(t, h.id());
        if (previous != null && !previous.equals(h.id())) {
          throw new IllegalArgumentException("temporary group " + t + " is mapped to both " + previous + " and "
              + h.id());
        }
      }
    }
    return m;
  }

  /** {@code storage:} */
  public record Storage(String kek, @JsonProperty("kek-file") String kekFile) {
    @Override
    public String toString() {
      return "Storage[kek=" + (kek == null ? "none" : "<redacted>") + ", kekFile=" + kekFile + "]";
    }
  }

  /** {@code auth:} */
  public record Auth(@JsonProperty("token-lifetime") Long tokenLifetime, Oidc oidc) {
    public Auth {
      tokenLifetime = Objects.requireNonNullElse(tokenLifetime, 3600L);
    }
  }

  /** {@code auth.oidc:} */
  public record Oidc(String issuer, @JsonProperty("jwks-url") String jwksUrl, String audience,
      @JsonProperty("identity-claim") String identityClaim) {
    public Oidc {
      Objects.requireNonNull(issuer, "auth.oidc.issuer is required");
      Objects.requireNonNull(jwksUrl, "auth.oidc.jwks-url is required");
      identityClaim = Objects.requireNonNullElse(identityClaim, "sub");
    }
  }
}
