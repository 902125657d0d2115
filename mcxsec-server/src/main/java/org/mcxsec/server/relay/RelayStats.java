// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.server.relay;

/**
 * Counters of an {@link SrtpRelay}.
 *
 * @param received datagrams received
 * @param forwarded datagrams sent on (one per listener)
 * @param droppedNotHolder datagrams from a participant who did not hold the floor
 * @param droppedUnknown datagrams from an address that is no participant of any call
 */
public record RelayStats(long received, long forwarded, long droppedNotHolder, long droppedUnknown) {}
