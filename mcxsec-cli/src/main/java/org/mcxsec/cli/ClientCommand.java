// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.cli;

import org.mcxsec.cli.client.ClientKeysCommand;
import org.mcxsec.cli.client.ListenCommand;
import org.mcxsec.cli.client.RegroupCommand;
import org.mcxsec.cli.client.TalkCommand;
import picocli.CommandLine.Command;

/**
 * {@code mcxsec client …} (design §5): a command-line MCX client against a running {@code serve}: {@code keys},
 * {@code listen}, {@code talk}, {@code regroup}.
 */
@Command(name = "client", description = "A command-line MCX client.", subcommands = {ClientKeysCommand.class,
    ListenCommand.class, TalkCommand.class, RegroupCommand.class})
public final class ClientCommand {
  private ClientCommand() {}
}
