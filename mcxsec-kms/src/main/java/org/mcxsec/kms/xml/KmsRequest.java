// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.xml;

import java.time.Instant;
import java.util.Objects;

/**
 * A {@code KmsRequest} (TS 33.180 D.2.2): who asks ({@code UserUri}), which KMS, when, optional client and device
 * identifiers, and the URL the client requested ({@code ClientReqUrl}), which the response echoes.
 *
 * @param clientId optional, or null
 * @param deviceId optional, or null
 */
public record KmsRequest(String userUri, String kmsUri, Instant time, String clientId, String deviceId,
    String clientReqUrl) {
  public KmsRequest {
    Objects.requireNonNull(userUri, "userUri");
    Objects.requireNonNull(kmsUri, "kmsUri");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(clientReqUrl, "clientReqUrl");
  }
}
