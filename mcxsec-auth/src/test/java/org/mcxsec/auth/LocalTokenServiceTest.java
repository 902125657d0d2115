// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.SecretBytes;

class LocalTokenServiceTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private final SecureRandom random = new SecureRandom();
  private final SecretBytes key = SecretBytes.random(32, random);
  private final UserDirectory users = new UserDirectory(List.of(
      new UserDirectory.User("sip:alice@example.org", "alice-pw", false),
      new UserDirectory.User("sip:disp@example.org", "disp-pw", true)));
  private final LocalTokenService tokens = service(key, Clock.fixed(NOW, ZoneOffset.UTC), "mcxsec");

  private LocalTokenService service(SecretBytes k, Clock clock, String issuer) {
    return new LocalTokenService(users, k, issuer, Duration.ofHours(1), clock);
  }

  @Test
  void verify_issuedToken_returnsCaller() throws Exception {
    LocalTokenService.IssuedToken t = tokens.issue("sip:disp@example.org", "disp-pw");
    assertEquals(3600, t.expiresInSeconds());
    assertEquals(new Caller("sip:disp@example.org", true), tokens.verify(t.accessToken()));
  }

  @Test
  void issue_wrongPassword_throwsSameMessageAsUnknownUser() {
    AuthenticationException wrong = assertThrows(AuthenticationException.class,
        () -> tokens.issue("sip:alice@example.org", "nope"));
    AuthenticationException unknown = assertThrows(AuthenticationException.class,
        () -> tokens.issue("sip:mallory@example.org", "alice-pw"));
    assertEquals("unknown user or wrong password", wrong.getMessage());
    assertEquals(wrong.getMessage(), unknown.getMessage());
  }

  @Test
  void verify_expired_throws() throws Exception {
    String t = tokens.issue("sip:alice@example.org", "alice-pw").accessToken();
    LocalTokenService later = service(key, Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC), "mcxsec");
    assertEquals("access token has expired",
        assertThrows(AuthenticationException.class, () -> later.verify(t)).getMessage());
  }

  @Test
  void verify_otherKey_throwsSignatureInvalid() throws Exception {
    String t = service(SecretBytes.random(32, random), Clock.systemUTC(), "mcxsec")
        .issue("sip:alice@example.org", "alice-pw").accessToken();
    assertEquals("access token signature is invalid",
        assertThrows(AuthenticationException.class, () -> tokens.verify(t)).getMessage());
  }

  @Test
  void verify_otherIssuer_throws() throws Exception {
    String t = service(key, Clock.fixed(NOW, ZoneOffset.UTC), "other").issue("sip:alice@example.org", "alice-pw")
        .accessToken();
    assertEquals("access token issuer 'other' is not 'mcxsec'",
        assertThrows(AuthenticationException.class, () -> tokens.verify(t)).getMessage());
  }

  @Test
  void verify_subjectSwapped_throws() throws Exception {
    String[] parts = tokens.issue("sip:alice@example.org", "alice-pw").accessToken().split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
        .replace("alice", "bob");
    String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
    assertThrows(AuthenticationException.class, () -> tokens.verify(forged));
  }

  @Test
  void verify_algNone_throws() {
    String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes()) + "."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(
            "{\"iss\":\"mcxsec\",\"sub\":\"sip:alice@example.org\",\"exp\":9999999999}".getBytes()) + ".";
    assertThrows(AuthenticationException.class, () -> tokens.verify(none));
  }

  @Test
  void verify_garbage_saysNotAJwt() {
    assertEquals("access token is not a JWT",
        assertThrows(AuthenticationException.class, () -> tokens.verify("abc")).getMessage());
  }

  @Test
  void userToString_hidesPassword() {
    assertFalse(new UserDirectory.User("sip:a@b", "secret-pw", false).toString().contains("secret-pw"));
    assertTrue(users.find("sip:alice@example.org").isPresent());
  }
}
