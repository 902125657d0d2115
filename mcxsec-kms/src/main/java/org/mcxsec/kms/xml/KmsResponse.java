// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.xml;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mcxsec.kms.KmsCertificate;
import org.mcxsec.kms.UserKeySet;

/**
 * A {@code KmsResponse} (TS 33.180 D.2.3): {@code UserUri, KmsUri, Time, KmsId?, ClientReqUrl, KmsMessage}.
 *
 * @param kmsId optional, or null
 */
public record KmsResponse(String userUri, String kmsUri, Instant time, String kmsId, String clientReqUrl,
    Message message) {
  public KmsResponse {
    Objects.requireNonNull(userUri, "userUri");
    Objects.requireNonNull(kmsUri, "kmsUri");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(clientReqUrl, "clientReqUrl");
    Objects.requireNonNull(message, "message");
  }

  /** The {@code KmsMessage} choice. */
  public sealed interface Message permits Init, KeyProv, CertCache {}

  /** {@code KmsInit}: the KMS certificate. */
  public record Init(KmsCertificate certificate) implements Message {}

  /** {@code KmsKeyProv}: the caller's key sets. */
  public record KeyProv(List<UserKeySet> keySets) implements Message {
    public KeyProv {
      keySets = List.copyOf(keySets);
    }
  }

  /** {@code KmsCertCache} with its {@code CacheNum}: certificates to cache. */
  public record CertCache(long cacheNum, List<KmsCertificate> certificates) implements Message {
    public CertCache {
      certificates = List.copyOf(certificates);
    }
  }
}
