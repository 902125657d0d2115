// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code batch}: exactly one result line per command, with ok / no / err. */
class BatchCommandTest {
  private static String[] batch(String input) throws Exception {
    StringWriter out = new StringWriter();
    assertEquals(0, BatchCommand.process(new BufferedReader(new StringReader(input)), new PrintWriter(out)));
    return out.toString().split("\n");
  }

  @Test
  void oneLinePerCommandInOrder() throws Exception {
    String[] lines = batch(String.join("\n",
        "uid --uri sip:user@example.org --kms-uri kms.example.org --period 2592000 --offset 0 --period-no 1388",
        "",
        "# a comment",
        "keys derive-srtp --key zz --rand 00 --csb-id 00000000 --cs-id 4",
        "keys",
        "batch",
        "uid --uri sip:user@example.org --kms-uri kms.example.org --period 10 --offset 0 --period-no 10"));
    assertEquals(5, lines.length);
    assertEquals("ok uid=3a81fb14c3b1d0fe43c9c577104d55a6d81788bfd2f09743c4557746a5a0353b", lines[0]);
    assertTrue(lines[1].startsWith("err error="), lines[1]);
    assertTrue(lines[2].startsWith("err error="), lines[2]);
    assertTrue(lines[3].startsWith("err error=batch cannot be nested"), lines[3]);
    assertEquals("ok uid=94fb1a697c15d7e9d6b7062066affebda2d9e346e0090d67525c0c3ce666eafa", lines[4]);
  }
}
