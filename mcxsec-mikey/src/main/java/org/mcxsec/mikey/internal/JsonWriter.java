// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.mikey.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import org.mcxsec.crypto.Bytes;

/**
 * A minimal streaming JSON writer (RFC 8259) for the diagnostic output of the codec: objects, arrays, strings,
 * numbers, booleans; octets as lower-case hex strings. Strings are escaped so that any ID data, even binary, yields
 * valid JSON.
 *
 * <p>Thread safety: not thread-safe.
 */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder(1024);
  private final boolean pretty;
  /** Per open container: whether it already has a member. */
  private final Deque<boolean[]> open = new ArrayDeque<>();
  private boolean afterName;

  public JsonWriter(boolean pretty) {
    this.pretty = pretty;
  }

  public JsonWriter beginObject() {
    return begin('{');
  }

  public JsonWriter endObject() {
    return end('}');
  }

  public JsonWriter beginArray() {
    return begin('[');
  }

  public JsonWriter endArray() {
    return end(']');
  }

  /** The next member's name. */
  public JsonWriter name(String name) {
    separate();
    string(name);
    out.append(pretty ? ": " : ":");
    afterName = true;
    return this;
  }

  public JsonWriter value(String s) {
    separate();
    string(s);
    return this;
  }

  public JsonWriter value(long n) {
    separate();
    out.append(n);
    return this;
  }

  public JsonWriter value(boolean b) {
    separate();
    out.append(b);
    return this;
  }

  /** Octets as a lower-case hex string. */
  public JsonWriter value(Bytes b) {
    return value(b.toHex());
  }

  /** A 32-bit identifier as 8 lower-case hex digits. */
  public JsonWriter hex32(int id) {
    return value(String.format("%08x", id));
  }

  public JsonWriter nullValue() {
    separate();
    out.append("null");
    return this;
  }

  @Override
  public String toString() {
    if (!open.isEmpty()) {
      throw new IllegalStateException(open.size() + " JSON containers are still open");
    }
    return out.toString();
  }

  private JsonWriter begin(char c) {
    separate();
    out.append(c);
    open.push(new boolean[1]);
    return this;
  }

  private JsonWriter end(char c) {
    boolean[] hasMembers = open.pop();
    if (pretty && hasMembers[0]) {
      newline();
    }
    out.append(c);
    return this;
  }

  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (open.isEmpty()) {
      return;
    }
    boolean[] hasMembers = open.peek();
    if (hasMembers[0]) {
      out.append(',');
    }
    hasMembers[0] = true;
    if (pretty) {
      newline();
    }
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(open.size()));
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
