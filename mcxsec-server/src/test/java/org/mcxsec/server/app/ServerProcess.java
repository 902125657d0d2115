// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.gms.GmkMessageFactory;
import org.mcxsec.gms.FakeGmkMessages;

/**
 * A server in its own JVM for {@link KillRestartTest}: {@code main(dataDir, configYaml)} starts it, prints
 * {@code ready url=…} as {@code serve} does, and runs until killed. I_MESSAGEs take 20 ms each, so the fan-out of
 * a large group is still running when the test kills the process; {@code DATA/deliveries.count} shows progress.
 */
public final class ServerProcess {
  private ServerProcess() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    McxConfig config = McxConfigFile.load(Path.of(args[1]));
    FakeGmkMessages slow = FakeGmkMessages.slow(20);
    Path count = data.resolve("deliveries.count");
    GmkMessageFactory counting = (key, gmk, member, groups) -> {
      Bytes m = slow.create(key, gmk, member, groups);
      try {
        Files.writeString(count, Integer.toString(slow.created()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return m;
    };
    RunningServer s = McxServer.start(ServerConfig.of(data, TestCrypto.kmsCrypto()).withConfig(config)
        .withGms(counting));
    System.out.println("ready url=" + s.url());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
