// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mcxsec.crypto.InsecureSecretAccess;
import org.mcxsec.crypto.KeyMaterialException;
import org.mcxsec.crypto.SecretBytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key-encryption key (KEK) that seals secrets at rest (TS 33.180 §5.11: long-term keys are stored
 * protected). 32 octets for AES-256-GCM, given in configuration as 64 hex characters or kept in a file.
 *
 * <p>Security: never logged or printed; a generated file is created owner-read/write only.
 *
 * <p>Thread safety: immutable.
 */
public final class KeyEncryptionKey {
  /** KEK length in octets. */
  public static final int OCTETS = 32;
  private static final Logger LOG = LoggerFactory.getLogger(KeyEncryptionKey.class);

  private final SecretBytes key;

  private KeyEncryptionKey(SecretBytes key) {
    this.key = key;
  }

  /**
   * Parses a KEK from 64 hex characters.
   *
   * @throws KeyMaterialException naming the length or the character at fault (never the key)
   */
  public static KeyEncryptionKey fromHex(String hex) throws KeyMaterialException {
    String h = hex.strip();
    if (h.length() != 2 * OCTETS) {
      throw new KeyMaterialException("key-encryption key has " + h.length() + " hex characters, expected "
          + 2 * OCTETS);
    }
    for (int i = 0; i < h.length(); i++) {
      if (Character.digit(h.charAt(i), 16) < 0) {
        throw new KeyMaterialException("key-encryption key has a non-hex character at index " + i);
      }
    }
    return new KeyEncryptionKey(SecretBytes.wrap(HexFormat.of().parseHex(h), InsecureSecretAccess.get()));
  }

  /** A fresh random KEK (for tests and first start). */
  public static KeyEncryptionKey generate(SecureRandom random) {
    return new KeyEncryptionKey(SecretBytes.random(OCTETS, random));
  }

  /**
   * Reads the KEK from {@code file}, or creates the file with a fresh KEK (permissions {@code rw-------}) and
   * logs that it did so, without the key.
   */
  public static KeyEncryptionKey loadOrGenerate(Path file, SecureRandom random)
      throws IOException, KeyMaterialException {
    if (!Files.exists(file)) {
      KeyEncryptionKey kek = generate(random);
      byte[] hex = HexFormat.of().formatHex(kek.key.toByteArray(InsecureSecretAccess.get()))
          .getBytes(StandardCharsets.US_ASCII);
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(file, hex, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        LOG.info("no key-encryption key configured: generated one in {} (owner-only); back it up with the "
            + "database, secrets at rest cannot be read without it", file.toAbsolutePath());
        return kek;
      } catch (FileAlreadyExistsException raced) {
        LOG.debug("key-encryption key file appeared concurrently: {}", file);
      } finally {
        Arrays.fill(hex, (byte) 0);
      }
    }
    byte[] raw = Files.readAllBytes(file);
    try {
      return fromHex(new String(raw, StandardCharsets.US_ASCII));
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** The AES-256 key (package-private: only the sealer reads it). */
  SecretKeySpec aesKey() {
    return new SecretKeySpec(key.toByteArray(InsecureSecretAccess.get()), "AES");
  }

  /**
   * A 32-octet subkey for another purpose: HMAC-SHA-256(KEK, "mcxsec subkey " ‖ label). Instances sharing a
   * database and a KEK derive the same subkey.
   */
  public SecretBytes deriveSubkey(String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.toByteArray(InsecureSecretAccess.get()), "HmacSHA256"));
      return SecretBytes.wrap(mac.doFinal(("mcxsec subkey " + label).getBytes(StandardCharsets.UTF_8)),
          InsecureSecretAccess.get());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "KeyEncryptionKey[<redacted>]";
  }
}
