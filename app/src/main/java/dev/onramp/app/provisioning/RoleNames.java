package dev.onramp.app.provisioning;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IAM role names for workloads: Agent Bill's suggestion {@code finops-{workload}-{shortId}}, the
 * IAM rules a name must follow, and the key that makes two names the same role.
 */
public final class RoleNames {

  public static final String PREFIX = "finops-";

  /** IAM's limit for a role name. */
  public static final int MAX_LENGTH = 64;

  /** Length of the id fixed when a request is created. */
  public static final int SHORT_ID_LENGTH = 4;

  private static final Pattern SHORT_ID = Pattern.compile("^[a-z0-9]{" + SHORT_ID_LENGTH + "}$");
  private static final Pattern IAM_CHARSET = Pattern.compile("^[\\w+=,.@-]+$");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern OUTSIDE_IAM_CHARSET = Pattern.compile("[^a-z0-9+=,.@_-]+");
  private static final String SEPARATORS = "[+=,.@_-]";
  private static final Pattern SEPARATOR_RUN = Pattern.compile(SEPARATORS + "{2,}");
  private static final Pattern EDGE_SEPARATORS =
      Pattern.compile("^" + SEPARATORS + "+|" + SEPARATORS + "+$");
  private static final String FALLBACK_NAME = "workload";
  private static final char[] SHORT_ID_ALPHABET =
      "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private RoleNames() {}

  /**
   * The suggested role name for a workload: lower case, accents folded to ASCII, anything IAM does
   * not accept (spaces, slashes, emoji…) turned into one {@code -}, and the workload part cut so
   * the whole name fits in 64 characters without ending on a separator.
   *
   * @param shortId the 4-character id of the request ({@link #newShortId()})
   */
  public static String suggest(String workloadName, String shortId) {
    if (shortId == null || !SHORT_ID.matcher(shortId).matches()) {
      throw new IllegalArgumentException(
          "shortId must be " + SHORT_ID_LENGTH + " lower-case letters or digits: " + shortId);
    }
    int room = MAX_LENGTH - PREFIX.length() - 1 - shortId.length();
    String part = sanitise(workloadName == null ? "" : workloadName);
    if (part.length() > room) {
      part = trimSeparators(part.substring(0, room));
    }
    return PREFIX + (part.isEmpty() ? FALLBACK_NAME : part) + "-" + shortId;
  }

  private static String sanitise(String workloadName) {
    // NFKD splits "é" into "e" + a combining accent (dropped) and maps full-width forms to ASCII.
    String folded =
        COMBINING_MARKS
            .matcher(Normalizer.normalize(workloadName, Normalizer.Form.NFKD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    String allowed = OUTSIDE_IAM_CHARSET.matcher(folded).replaceAll("-");
    return trimSeparators(SEPARATOR_RUN.matcher(allowed).replaceAll("-"));
  }

  private static String trimSeparators(String s) {
    return EDGE_SEPARATORS.matcher(s).replaceAll("");
  }

  /**
   * Why IAM would refuse this role name, or empty when it accepts it (1–64 characters of {@code
   * [\w+=,.@-]}, ASCII only). Uniqueness in the account is checked by whoever owns the names.
   */
  public static Optional<String> validate(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.of("The IAM role name is required.");
    }
    if (!IAM_CHARSET.matcher(name).matches()) {
      return Optional.of(
          "An IAM role name may contain only ASCII letters, digits and + = , . @ _ -");
    }
    if (name.length() > MAX_LENGTH) {
      return Optional.of(
          "An IAM role name has at most "
              + MAX_LENGTH
              + " characters; this one has "
              + name.length()
              + ".");
    }
    return Optional.empty();
  }

  /**
   * The key under which a role name must be unique in an AWS account: IAM treats {@code Finops-Bot}
   * and {@code finops-bot} as the same role.
   */
  public static String uniquenessKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** A fresh 4-character id (lower-case letters and digits) for a new request. */
  public static String newShortId() {
    char[] id = new char[SHORT_ID_LENGTH];
    for (int i = 0; i < id.length; i++) {
      id[i] = SHORT_ID_ALPHABET[RANDOM.nextInt(SHORT_ID_ALPHABET.length)];
    }
    return new String(id);
  }
}
