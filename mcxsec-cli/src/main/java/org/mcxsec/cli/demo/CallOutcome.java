// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.demo;

import java.util.List;
import java.util.Map;

/**
 * What was measured in one demo call.
 *
 * @param title the scenario
 * @param target the group or temporary group
 * @param keyGroup the group identity whose GMKs protected it
 * @param talker who talked
 * @param listeners how many listeners were in the call
 * @param expectedGmkIds GMK-IDs the call had to use, in order
 * @param sentByGmkId packets the talker sent, per GMK-ID
 * @param decryptedMin fewest packets any listener decrypted
 * @param decryptedTotal packets decrypted by all listeners together
 * @param rejectedTotal packets rejected by all listeners together
 * @param failures listeners (or checks) that failed, with why
 */
record CallOutcome(String title, String target, String keyGroup, String talker, int listeners,
    List<String> expectedGmkIds, Map<String, Long> sentByGmkId, long decryptedMin, long decryptedTotal,
    long rejectedTotal, List<String> failures) {
  CallOutcome {
    expectedGmkIds = List.copyOf(expectedGmkIds);
    sentByGmkId = Map.copyOf(sentByGmkId);
    failures = List.copyOf(failures);
  }

  long sent() {
    return sentByGmkId.values().stream().mapToLong(Long::longValue).sum();
  }

  boolean ok() {
    return failures.isEmpty();
  }
}
