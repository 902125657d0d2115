// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.kms.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mcxsec.crypto.MalformedMessageException;

class KmsRoutesTest {
  @Test
  void ntpTime_specExample_is23Feb2014() throws Exception {
    // TS 33.179 D.2 EXAMPLE 4: keys for 23rd Feb 2014 at 08:39:14.000 UTC are requested as D6B4323200000000
    assertEquals(Instant.parse("2014-02-23T08:39:14Z"), KmsRoutes.ntpTime("D6B4323200000000"));
  }

  @Test
  void ntpTime_wrongLength_namesValue() {
    MalformedMessageException e = assertThrows(MalformedMessageException.class,
        () -> KmsRoutes.ntpTime("D6B43232"));
    assertEquals("keyprov time 'D6B43232' is not 16 hex digits (NTP-UTC 64-bit)", e.getMessage());
  }
}
