// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.call;

import org.mcxsec.signalling.SipMessage;

/**
 * How call control reaches clients: the transport (WebSocket now, SIP later) implements it.
 *
 * <p>Thread safety: implementations are safe to share.
 */
public interface Outbound {
  /** Sends {@code message} to {@code user} if it is connected; otherwise drops it. */
  void send(String user, SipMessage message);

  /** Whether {@code user} has a signalling connection. */
  boolean isConnected(String user);
}
