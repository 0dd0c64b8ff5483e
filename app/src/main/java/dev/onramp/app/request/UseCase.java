package dev.onramp.app.request;

/**
 * What the workload is for. Each use case proposes a typical AI utilisation, shown in the wizard,
 * which the Product Owner may change.
 */
public enum UseCase {
  INFRASTRUCTURE("Infrastructure", 20_000, 1_500, 500),
  CODING_AI("Coding AI (developer productivity)", 50_000, 3_000, 800),
  OPERATIONS_AI("Operations AI (support, automation, internal tools)", 100_000, 1_000, 400);

  private final String label;
  private final long requestsPerMonth;
  private final int inputTokensPerRequest;
  private final int outputTokensPerRequest;

  UseCase(String label, long requests, int inputTokens, int outputTokens) {
    this.label = label;
    this.requestsPerMonth = requests;
    this.inputTokensPerRequest = inputTokens;
    this.outputTokensPerRequest = outputTokens;
  }

  public String label() {
    return label;
  }

  public long defaultRequestsPerMonth() {
    return requestsPerMonth;
  }

  public int defaultInputTokensPerRequest() {
    return inputTokensPerRequest;
  }

  public int defaultOutputTokensPerRequest() {
    return outputTokensPerRequest;
  }
}
