// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import picocli.CommandLine.Command;

/** {@code mcxsec eccsi}: ECCSI signatures (RFC 6507, P-256 / SHA-256). */
@Command(name = "eccsi", description = "ECCSI signatures (RFC 6507).",
    subcommands = {EccsiKeygenCommand.class, EccsiSignCommand.class, EccsiVerifyCommand.class})
public final class EccsiCommand {}
