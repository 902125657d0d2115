// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real JWKS endpoint on loopback, as an OpenID Connect provider publishes it. */
class OidcTokenVerifierTest {
  private static final String ISSUER = "https://idms.example.org";
  private ECKey issuerKey;
  private Javalin idms;
  private OidcTokenVerifier verifier;

  @BeforeEach
  void start() throws Exception {
    issuerKey = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
    String jwks = new JWKSet(issuerKey.toPublicJWK()).toString();
    idms = Javalin.create().get("/jwks", ctx -> ctx.contentType("application/json").result(jwks)).start(
        "127.0.0.1", 0);
    verifier = new OidcTokenVerifier(ISSUER, URI.create("http://127.0.0.1:" + idms.port() + "/jwks").toURL(),
        "mcx", "mcptt_id");
  }

  @AfterEach
  void stop() {
    idms.stop();
  }

  private String token(ECKey key, String issuer, String audience, Instant exp) throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject("opaque-123")
        .claim("mcptt_id", "sip:alice@example.org").expirationTime(Date.from(exp)).build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new ECDSASigner(key));
    return jwt.serialize();
  }

  @Test
  void verify_issuerToken_returnsIdentityClaim() throws Exception {
    String t = token(issuerKey, ISSUER, "mcx", Instant.now().plusSeconds(300));
    assertEquals(new Caller("sip:alice@example.org", false), verifier.verify(t));
  }

  @Test
  void verify_keyNotInJwks_throws() throws Exception {
    ECKey other = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
    String t = token(other, ISSUER, "mcx", Instant.now().plusSeconds(300));
    assertThrows(AuthenticationException.class, () -> verifier.verify(t));
  }

  @Test
  void verify_wrongIssuer_throws() throws Exception {
    String t = token(issuerKey, "https://evil.example.org", "mcx", Instant.now().plusSeconds(300));
    assertThrows(AuthenticationException.class, () -> verifier.verify(t));
  }

  @Test
  void verify_wrongAudience_throws() throws Exception {
    String t = token(issuerKey, ISSUER, "other", Instant.now().plusSeconds(300));
    assertThrows(AuthenticationException.class, () -> verifier.verify(t));
  }

  @Test
  void verify_expired_throws() throws Exception {
    String t = token(issuerKey, ISSUER, "mcx", Instant.now().minusSeconds(600));
    assertThrows(AuthenticationException.class, () -> verifier.verify(t));
  }
}
