package dev.onramp.app.org;

import java.util.Locale;
import java.util.Optional;

/** The two file formats an org hierarchy is imported from. */
public enum OrgFileFormat {
  CSV,
  YAML;

  /** The format a file name ({@code .csv}, {@code .yaml}, {@code .yml}) says. */
  public static Optional<OrgFileFormat> ofFileName(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }

  /** The format a content type says: text/csv, or application/yaml and its older names. */
  public static Optional<OrgFileFormat> ofContentType(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("text/csv")) {
      return Optional.of(CSV);
    }
    if (type.startsWith("application/yaml")
        || type.startsWith("application/x-yaml")
        || type.startsWith("text/yaml")
        || type.startsWith("text/x-yaml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}
