// SPDX-License-Identifier: Apache-2.0
package org.mcxsec.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One published vector file (the common format of the project's known-answer vectors): its source, description
 * and vectors, loaded from the copy in this module's resources, never retyped.
 */
public record VectorFile(String fileName, String source, String description, List<Vector> vectors) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Vector file names shipped in this module. */
  public static final String RFC6507_ECCSI = "rfc6507-eccsi.json";
  public static final String RFC6508_SAKKE = "rfc6508-sakke.json";
  public static final String MIKEY_SAKKE_UID = "mikey-sakke-uid.json";
  public static final String MIKEY_PRF = "mikey-prf.json";
  public static final String DIFFERENTIAL_ECCSI_SAKKE = "differential-eccsi-sakke.json";
  public static final String MIKEY_STREAMWIDE = "mikey-pck-streamwide.json";
  public static final String RFC3711_SRTP = "rfc3711-srtp.json";
  public static final String RFC7714_SRTP_GCM = "rfc7714-srtp-gcm.json";

  public VectorFile {
    vectors = List.copyOf(vectors);
  }

  /** Loads {@code fileName} (one of the constants above) from the classpath. */
  public static VectorFile load(String fileName) {
    String path = "vectors/" + fileName;
    try (InputStream in = VectorFile.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no vector file " + path + " on the classpath");
      }
      JsonNode root = JSON.readTree(in);
      List<Vector> list = new ArrayList<>();
      for (JsonNode v : root.path("vectors")) {
        list.add(new Vector(v));
      }
      if (list.isEmpty()) {
        throw new IllegalStateException("vector file " + fileName + " has no vectors");
      }
      return new VectorFile(fileName, root.path("source").asText(), root.path("description").asText(), list);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vector file " + path, e);
    }
  }

  /** The vectors for which {@code filter} holds; fails if there are none, so a typo cannot make a test vacuous. */
  public List<Vector> select(Predicate<Vector> filter) {
    List<Vector> out = vectors.stream().filter(filter).toList();
    if (out.isEmpty()) {
      throw new IllegalStateException("no vector in " + fileName + " matches the filter");
    }
    return out;
  }

  /** The vectors whose {@code kind} field equals {@code kind}. */
  public List<Vector> ofKind(String kind) {
    return select(v -> kind.equals(v.textOrNull("kind")));
  }

  /** The vector named {@code name}. */
  public Vector named(String name) {
    return select(v -> name.equals(v.name())).get(0);
  }
}
