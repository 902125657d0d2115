// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.client.media;

import java.util.Map;

/**
 * Counters of one participant in one call.
 *
 * @param sentByGmkId packets this participant protected and sent, per GMK-ID (8 hex digits)
 * @param decryptedByGmkId packets it received and decrypted, per GMK-ID named in their MKI
 * @param rejected packets it received and rejected, per status
 */
public record CallStats(Map<String, Long> sentByGmkId, Map<String, Long> decryptedByGmkId,
    Map<MediaStatus, Long> rejected) {
  public CallStats {
    sentByGmkId = Map.copyOf(sentByGmkId);
    decryptedByGmkId = Map.copyOf(decryptedByGmkId);
    rejected = Map.copyOf(rejected);
  }

  public long sent() {
    return sentByGmkId.values().stream().mapToLong(Long::longValue).sum();
  }

  public long decrypted() {
    return decryptedByGmkId.values().stream().mapToLong(Long::longValue).sum();
  }

  public long rejectedTotal() {
    return rejected.values().stream().mapToLong(Long::longValue).sum();
  }
}
