// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import java.security.SecureRandom;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.eccsi.EccsiKmsKey;
import org.mcxsec.crypto.eccsi.EccsiSigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec eccsi keygen}: KPAK from a KSAK and an SSK/PVT pair for an identifier (RFC 6507 §5.1.1).
 * Prints {@code kpak=}, {@code ssk=}, {@code pvt=}. Without {@code --v} the ephemeral v is fresh and random.
 */
@Command(name = "keygen", description = "KPAK, SSK and PVT for an identifier (RFC 6507 5.1.1).")
public final class EccsiKeygenCommand implements McxCommand {
  @Option(names = "--ksak", required = true, converter = HexConverter.class, description = "KMS secret KSAK")
  Bytes ksak;

  @Option(names = "--id", required = true, converter = HexConverter.class, description = "identifier (e.g. a UID)")
  Bytes id;

  @Option(names = "--v", converter = HexConverter.class,
      description = "ephemeral v (32 octets), for known-answer tests only")
  Bytes v;

  @Override
  public CliResult execute() throws KeyMaterialException {
    try (EccsiKmsKey kms = EccsiKmsKey.fromKsak(SecretBytes.copyOf(ksak.toByteArray(), InsecureSecretAccess.get()));
        EccsiSigningKey key = v == null ? kms.issue(id, new SecureRandom()) : kms.issueWithVForTesting(id, v)) {
      return CliResult.ok(
          "kpak", kms.kpak().toHex(),
          "ssk", Bytes.copyOf(key.ssk().toByteArray(InsecureSecretAccess.get())).toHex(),
          "pvt", key.pvt().toHex());
    }
  }
}
