// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import picocli.CommandLine.Command;

/** {@code mcxsec keys}: key derivations. */
@Command(name = "keys", description = "Key derivations.", subcommands = {DeriveSrtpCommand.class})
public final class KeysCommand {}
