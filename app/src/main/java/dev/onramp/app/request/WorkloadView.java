package dev.onramp.app.request;

import java.time.Instant;
import java.util.List;

/** A workload with its AI components and the requests that created them. */
public record WorkloadView(
    String id,
    String name,
    String productId,
    String productName,
    RequestStatus status,
    String statusLabel,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    List<ComponentView> components) {

  /** One AI capability: its request's status and, once claimed, the attributed role. */
  public record ComponentView(
      String id,
      String name,
      String requestId,
      RequestStatus status,
      String statusLabel,
      String roleArn,
      String modelId,
      String accountId,
      String region,
      String claimedBy,
      Instant claimedAt,
      Instant attributionStartedAt) {}
}
