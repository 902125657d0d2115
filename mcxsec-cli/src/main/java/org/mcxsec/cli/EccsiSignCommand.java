// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import java.security.SecureRandom;
import org.mcxsec.crypto.Bytes;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.mcxsec.crypto.eccsi.EccsiSignature;
import org.mcxsec.crypto.eccsi.EccsiSigner;
import org.mcxsec.crypto.eccsi.EccsiSigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mcxsec eccsi sign}: validates the key set (RFC 6507 §5.1.2), then signs (§5.2.1). Prints {@code sig=}
 * (r ‖ s ‖ PVT, 129 octets). A fresh random j unless {@code --j} fixes it for a known-answer test.
 */
@Command(name = "sign", description = "Sign a message (RFC 6507 5.2.1).")
public final class EccsiSignCommand implements McxCommand {
  @Option(names = "--kpak", required = true, converter = HexConverter.class, description = "KMS public key KPAK")
  Bytes kpak;

  @Option(names = "--id", required = true, converter = HexConverter.class, description = "signer identifier")
  Bytes id;

  @Option(names = "--ssk", required = true, converter = HexConverter.class, description = "secret signing key SSK")
  Bytes ssk;

  @Option(names = "--pvt", required = true, converter = HexConverter.class, description = "public validation token")
  Bytes pvt;

  @Option(names = "--msg", required = true, converter = HexConverter.class, description = "message")
  Bytes msg;

  @Option(names = "--j", converter = HexConverter.class, description = "ephemeral j, for known-answer tests only")
  Bytes j;

  @Override
  public CliResult execute() throws KeyMaterialException {
    try (EccsiSigningKey key = EccsiSigningKey.validate(kpak, id,
        SecretBytes.copyOf(ssk.toByteArray(), InsecureSecretAccess.get()), pvt)) {
      EccsiSignature sig = j == null
          ? new EccsiSigner(key, new SecureRandom()).sign(msg)
          : EccsiSigner.signWithJForTesting(key, msg, j);
      return CliResult.ok("sig", sig.encode().toHex());
    }
  }
}
