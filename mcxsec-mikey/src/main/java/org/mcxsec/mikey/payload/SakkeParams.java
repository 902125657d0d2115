// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.payload;

import java.util.Optional;

/** "SAKKE params" of the SAKKE payload (RFC 6509 §4.2). */
public enum SakkeParams {
  /** RFC 6509 Appendix A, the only set MCX uses. */
  PARAMETER_SET_1(1, "Parameter Set 1");

  private final int wire;
  private final String specName;

  SakkeParams(int wire, String specName) {
    this.wire = wire;
    this.specName = specName;
  }

  public int wire() {
    return wire;
  }

  public String specName() {
    return specName;
  }

  public static Optional<SakkeParams> find(int wire) {
    for (SakkeParams p : values()) {
      if (p.wire == wire) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
