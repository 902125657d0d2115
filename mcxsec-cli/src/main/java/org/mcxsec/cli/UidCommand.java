// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import org.mcxsec.crypto.kdf.KeyPeriod;
import org.mcxsec.crypto.kdf.MikeySakkeUid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mcxsec uid}: the MIKEY-SAKKE UID of TS 33.180 F.2.1. Prints {@code uid=}. */
@Command(name = "uid", description = "MIKEY-SAKKE UID (TS 33.180 F.2.1) of a URI for a key period.")
public final class UidCommand implements McxCommand {
  @Option(names = "--uri", required = true, description = "the user's URI (e.g. sip:alice@example.org)")
  String uri;

  @Option(names = "--kms-uri", required = true, description = "the KMS URI")
  String kmsUri;

  @Option(names = "--period", required = true, description = "key period length in seconds")
  long period;

  @Option(names = "--offset", required = true, description = "key period offset in seconds")
  long offset;

  @Option(names = "--period-no", required = true, description = "key period number")
  long periodNo;

  @Override
  public CliResult execute() {
    return CliResult.ok("uid", MikeySakkeUid.of(uri, kmsUri, new KeyPeriod(period, offset), periodNo).toHex());
  }
}
