// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli.client;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.mcxsec.client.ClientCall;
import org.mcxsec.client.media.CallStats;
import org.mcxsec.client.media.MediaStatus;

/**
 * What {@code client listen} counted over all its calls: packets received, decrypted, rejected per status, and
 * the GMK-IDs named in the MKI of the packets it decrypted. Only counted events; nothing inferred.
 */
record ListenSummary(int calls, long decrypted, Map<MediaStatus, Long> rejected, List<String> gmkIds) {
  static ListenSummary of(List<ClientCall> calls) {
    long decrypted = 0;
    Map<MediaStatus, Long> rejected = new EnumMap<>(MediaStatus.class);
    TreeSet<String> ids = new TreeSet<>();
    for (ClientCall c : calls) {
      CallStats s = c.stats();
      decrypted += s.decrypted();
      s.rejected().forEach((k, v) -> rejected.merge(k, v, Long::sum));
      ids.addAll(s.decryptedByGmkId().keySet());
    }
    return new ListenSummary(calls.size(), decrypted, rejected, List.copyOf(ids));
  }

  long rejectedTotal() {
    return rejected.values().stream().mapToLong(Long::longValue).sum();
  }

  void print(PrintWriter out) {
    out.println("calls=" + calls);
    out.println("received=" + (decrypted + rejectedTotal()));
    out.println("decrypted=" + decrypted);
    out.println("rejected=" + rejectedTotal());
    rejected.forEach((k, v) -> out.println("rejected-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-') + "="
        + v));
    out.println("gmk-ids=" + String.join(",", gmkIds));
    out.flush();
  }
}
