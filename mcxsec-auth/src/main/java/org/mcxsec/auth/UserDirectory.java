// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The users of the embedded setup, from configuration ({@code users: [{uri, password, dispatcher?}]}), and
 * password checks for the token endpoint.
 *
 * <p>Security: only SHA-256 digests of the passwords are kept; comparisons are constant-time and an unknown
 * user costs the same comparison as a known one.
 *
 * <p>Thread safety: immutable.
 */
public final class UserDirectory {
  /** One configured user. */
  public record User(String uri, String password, boolean dispatcher) {
    @Override
    public String toString() {
      return "User[" + uri + ", dispatcher=" + dispatcher + ", password=<redacted>]";
    }
  }

  private record Entry(byte[] digest, boolean dispatcher) {}

  private static final byte[] NO_USER = digest("\u0000no such user\u0000");
  private final Map<String, Entry> users;

  public UserDirectory(List<User> users) {
    this.users = users.stream().collect(Collectors.toUnmodifiableMap(User::uri,
        u -> new Entry(digest(u.password()), u.dispatcher()), (a, b) -> {
          throw new IllegalArgumentException("user listed twice in the configuration");
        }));
  }

  /** The caller for {@code uri} if {@code password} is right, else empty. */
  public Optional<Caller> authenticate(String uri, String password) {
    Entry e = users.get(uri);
    boolean ok = MessageDigest.isEqual(e == null ? NO_USER : e.digest(), digest(password));
    return ok && e != null ? Optional.of(new Caller(uri, e.dispatcher())) : Optional.empty();
  }

  /** The caller for a configured {@code uri}, if any. */
  public Optional<Caller> find(String uri) {
    return Optional.ofNullable(users.get(uri)).map(e -> new Caller(uri, e.dispatcher()));
  }

  /** Every configured user URI. */
  public java.util.Set<String> uris() {
    return users.keySet();
  }

  private static byte[] digest(String password) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
