// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.signalling;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An MCPTT warning (TS 24.379 4.4.2), carried in a SIP Warning header with warn-code 399 (RFC 3261 §20.43):
 * {@code Warning: 399 mcptt "148 group is regrouped"}.
 *
 * <p>The codes 148, 163, 165, 167, 168 and 169 and their texts come from third-party implementations of 24.379
 * (the 4.4.2 list itself was not available); code 100 is used for other refusals.
 */
public record Warning(int code, String text) {
  private static final Pattern HEADER = Pattern.compile("399 \\S+ \"(\\d{3}) ([^\"]*)\"");

  /** 100: a refusal for the reason given. */
  public static Warning notAllowed(String reason) {
    return new Warning(100, "function not allowed due to " + reason);
  }

  public static final Warning GROUP_IS_REGROUPED = new Warning(148, "group is regrouped");
  public static final Warning GROUP_DOES_NOT_EXIST =
      new Warning(163, "the group identity indicated in the request does not exist");
  public static final Warning REGROUP_ID_IN_USE = new Warning(165, "group ID for regroup already in use");
  public static final Warning PRECONFIGURED_USE_ONLY_CALL =
      new Warning(167, "call is not allowed on a preconfigured group that is for use only in regroup");
  public static final Warning PRECONFIGURED_USE_ONLY_ALERT =
      new Warning(168, "alert is not allowed on a preconfigured group that is for use only in regroup");
  public static final Warning REMOVE_IN_EMERGENCY =
      new Warning(169, "user not authorised to remove regroup in an emergency state");

  public Warning {
    Objects.requireNonNull(text, "text");
    if (code < 100 || code > 999) {
      throw new IllegalArgumentException("warning code " + code + " is not three digits");
    }
    if (text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("warning text contains a quote or a line break");
    }
  }

  /** The header value, e.g. {@code 399 mcptt "148 group is regrouped"}. */
  public String toHeader() {
    return "399 mcptt \"" + code + " " + text + "\"";
  }

  /** The warning in a header value, if it has the 399 MCPTT form. */
  public static Optional<Warning> fromHeader(String value) {
    Matcher m = HEADER.matcher(value);
    return m.matches() ? Optional.of(new Warning(Integer.parseInt(m.group(1)), m.group(2))) : Optional.empty();
  }

  @Override
  public String toString() {
    return code + " " + text;
  }
}
