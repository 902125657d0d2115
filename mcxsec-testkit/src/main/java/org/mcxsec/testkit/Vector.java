// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** One vector of a {@link VectorFile}: typed access to its fields, failing loudly on a missing field. */
public final class Vector {
  private final JsonNode node;

  Vector(JsonNode node) {
    this.node = node;
  }

  public String name() {
    return node.path("name").asText("?");
  }

  /** {@code true} for {@code "result": "valid"}, {@code false} for {@code "invalid"}; fails if absent. */
  public boolean isValid() {
    String r = text("result");
    if (!r.equals("valid") && !r.equals("invalid")) {
      throw new IllegalStateException(name() + ": result is '" + r + "'");
    }
    return r.equals("valid");
  }

  public boolean has(String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  /** The lower-case hex field {@code field} as octets (empty for {@code ""}). */
  public byte[] hex(String field) {
    return HexFormat.of().parseHex(text(field));
  }

  public String text(String field) {
    JsonNode f = node.get(field);
    if (f == null || f.isNull()) {
      throw new IllegalStateException(name() + ": no field '" + field + "'");
    }
    return f.asText();
  }

  public String textOrNull(String field) {
    JsonNode f = node.get(field);
    return f == null || f.isNull() ? null : f.asText();
  }

  public long number(String field) {
    JsonNode f = node.get(field);
    if (f == null || !f.isNumber()) {
      throw new IllegalStateException(name() + ": no numeric field '" + field + "'");
    }
    return f.asLong();
  }

  public boolean bool(String field) {
    JsonNode f = node.get(field);
    if (f == null || !f.isBoolean()) {
      throw new IllegalStateException(name() + ": no boolean field '" + field + "'");
    }
    return f.asBoolean();
  }

  /** A nested object as a vector (for example {@code kms}, {@code expected}). */
  public Vector object(String field) {
    JsonNode f = node.get(field);
    if (f == null || !f.isObject()) {
      throw new IllegalStateException(name() + ": no object field '" + field + "'");
    }
    return new Vector(f);
  }

  /** A nested array of objects as vectors (for example {@code rtp[]}). */
  public List<Vector> list(String field) {
    JsonNode f = node.get(field);
    if (f == null || !f.isArray()) {
      throw new IllegalStateException(name() + ": no array field '" + field + "'");
    }
    List<Vector> out = new ArrayList<>();
    for (JsonNode e : f) {
      out.add(new Vector(e));
    }
    return out;
  }

  /** The raw JSON node, for structures the typed accessors do not cover. */
  public JsonNode json() {
    return node;
  }

  @Override
  public String toString() {
    return name();
  }
}
