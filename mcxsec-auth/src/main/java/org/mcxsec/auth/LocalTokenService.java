// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.SecretBytes;

/**
 * The built-in token service of the embedded setup: checks a user's password against the {@link UserDirectory}
 * and issues a JWT (HS256, RFC 7519) that the same service, or another instance sharing the signing key,
 * verifies.
 *
 * <pre>
 *   { "iss": issuer, "sub": user URI, "iat", "exp", "jti", "mcx_dispatcher": true|false }
 * </pre>
 *
 * <p>Security: the 32-octet signing key is derived from the key-encryption key, so instances that share the
 * database share it; tokens cannot be forged without it.
 *
 * <p>Thread safety: safe to share.
 */
public final class LocalTokenService implements TokenVerifier {
  /** The token as issued: the compact JWT and its lifetime. */
  public record IssuedToken(String accessToken, long expiresInSeconds) {
    @Override
    public String toString() {
      return "IssuedToken[<redacted>, expiresIn=" + expiresInSeconds + "]";
    }
  }

  private static final String DISPATCHER_CLAIM = "mcx_dispatcher";
  private final UserDirectory users;
  private final String issuer;
  private final Duration lifetime;
  private final Clock clock;
  private final MACSigner signer;
  private final MACVerifier verifier;

  public LocalTokenService(UserDirectory users, SecretBytes signingKey, String issuer, Duration lifetime,
      Clock clock) {
    this.users = users;
    this.issuer = issuer;
    this.lifetime = lifetime;
    this.clock = clock;
    byte[] key = signingKey.toByteArray(InsecureSecretAccess.get());
    try {
      this.signer = new MACSigner(key);
      this.verifier = new MACVerifier(key);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("JWT signing key must be at least 32 octets", e);
    }
  }

  /**
   * The resource-owner password grant (RFC 6749 §4.3): a token for {@code uri} if {@code password} is right.
   *
   * @throws AuthenticationException if the user is unknown or the password is wrong (one message for both)
   */
  public IssuedToken issue(String uri, String password) throws AuthenticationException {
    Caller caller = users.authenticate(uri, password)
        .orElseThrow(() -> new AuthenticationException("unknown user or wrong password"));
    return issue(caller);
  }

  /** A token for {@code caller} without a password (for the composition root's own server identities). */
  public IssuedToken issue(Caller caller) {
    Instant now = clock.instant();
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject(caller.uri())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(lifetime)))
        .jwtID(UUID.randomUUID().toString())
        .claim(DISPATCHER_CLAIM, caller.dispatcher())
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("HS256 signing failed", e);
    }
    return new IssuedToken(jwt.serialize(), lifetime.toSeconds());
  }

  @Override
  public Caller verify(String token) throws AuthenticationException {
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(token);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new AuthenticationException("access token is not a JWT");
    }
    if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
      throw new AuthenticationException("access token algorithm " + jwt.getHeader().getAlgorithm()
          + " is not HS256");
    }
    try {
      if (!jwt.verify(verifier)) {
        throw new AuthenticationException("access token signature is invalid");
      }
    } catch (JOSEException e) {
      throw new AuthenticationException("access token signature is invalid");
    }
    if (!issuer.equals(claims.getIssuer())) {
      throw new AuthenticationException("access token issuer '" + claims.getIssuer() + "' is not '" + issuer + "'");
    }
    Date exp = claims.getExpirationTime();
    if (exp == null || !exp.toInstant().isAfter(clock.instant())) {
      throw new AuthenticationException("access token has expired");
    }
    String subject = claims.getSubject();
    if (subject == null || subject.isEmpty()) {
      throw new AuthenticationException("access token has no subject");
    }
    return new Caller(subject, Boolean.TRUE.equals(claims.getClaim(DISPATCHER_CLAIM)));
  }
}
