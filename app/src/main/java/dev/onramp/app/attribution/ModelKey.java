package dev.onramp.app.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a Bedrock model id ({@code anthropic.claude-sonnet-4-5-20250929-v1:0}) with the model
 * name a usage type carries ({@code Claude4.5Sonnet}): both come down to the same sorted words and
 * numbers ({@code 4 5 claude sonnet}), the provider, release date and API version left out.
 */
final class ModelKey {

  private static final Pattern WORD = Pattern.compile("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+");
  private static final Pattern VERSION = Pattern.compile("-v[0-9]+(:[0-9]+)?$");
  private static final Pattern DATE = Pattern.compile("-[0-9]{8}");
  private static final Pattern PROVIDER =
      Pattern.compile("^(?:(?:us|eu|apac|jp|global)\\.)?[a-z0-9-]+\\.");

  private ModelKey() {}

  /** The comparable key of a model id or a usage-type model name; null for null. */
  static String of(String model) {
    if (model == null || model.isBlank()) {
      return null;
    }
    List<String> words = words(bare(model));
    words.sort(null);
    return String.join(" ", words);
  }

  /**
   * The model name AWS writes in usage types for a model id: family, version, tier ({@code
   * claude-sonnet-4-5} → {@code Claude4.5Sonnet}).
   */
  static String usageName(String modelId) {
    List<String> words = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    for (String w : words(bare(modelId))) {
      (Character.isDigit(w.charAt(0)) ? numbers : words).add(capitalised(w));
    }
    StringBuilder name = new StringBuilder(words.isEmpty() ? "" : words.get(0));
    name.append(String.join(".", numbers));
    for (int i = 1; i < words.size(); i++) {
      name.append(words.get(i));
    }
    return name.toString();
  }

  private static String bare(String model) {
    String bare = model.trim();
    if (bare.contains(".") && Character.isLowerCase(bare.charAt(0))) {
      bare = PROVIDER.matcher(bare).replaceFirst("");
    }
    bare = VERSION.matcher(bare).replaceFirst("");
    return DATE.matcher(bare).replaceAll("");
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static String capitalised(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
