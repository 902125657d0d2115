// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.bench;

/** One SAKKE implementation (RFC 6508, parameter set 1) behind the operations {@link SakkeBenchmark} measures. */
interface SakkeAdapter {
  /** R ‖ H (273 octets) for a 16-octet SSV and an identifier. */
  byte[] encapsulate(byte[] id, byte[] ssv);

  /** The SSV from R ‖ H for the adapter's fixed receiver; fails if the R check fails. */
  byte[] decapsulate(byte[] sed);
}
