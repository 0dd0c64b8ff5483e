package dev.onramp.app.request;

import dev.onramp.app.provisioning.RequestorRuntime;
import java.math.BigDecimal;
import java.time.Instant;

/** A Business Request as the API shows it; the business case with its derived opportunity. */
public record RequestView(
    String id,
    String workloadId,
    RequestMode mode,
    String shortId,
    UseCase useCase,
    String workloadName,
    String purpose,
    int teamSize,
    long requestsPerMonth,
    int inputTokensPerRequest,
    int outputTokensPerRequest,
    BigDecimal monthlyBudgetEstimate,
    RequestorRuntime runtime,
    String customPrincipalArn,
    String externalId,
    BusinessCaseType businessCaseType,
    BigDecimal businessCaseAnnualAmount,
    BigDecimal businessCaseTargetPercent,
    BigDecimal annualOpportunity,
    RequestStatus status,
    String statusLabel,
    String requester,
    int revision,
    String processInstanceKey,
    Instant submittedAt,
    Instant updatedAt) {

  public static RequestView of(BusinessRequest r) {
    return new RequestView(
        r.id(),
        r.workloadId(),
        r.mode(),
        r.shortId(),
        r.useCase(),
        r.workloadName(),
        r.purpose(),
        r.teamSize(),
        r.requestsPerMonth(),
        r.inputTokensPerRequest(),
        r.outputTokensPerRequest(),
        r.monthlyBudgetEstimate(),
        r.runtime(),
        r.customPrincipalArn(),
        r.externalId(),
        r.businessCaseType(),
        r.businessCaseAnnualAmount(),
        r.businessCaseTargetPercent(),
        r.annualOpportunity(),
        r.status(),
        r.status().label(),
        r.requester(),
        r.revision(),
        r.processInstanceKey() == null ? null : String.valueOf(r.processInstanceKey()),
        r.submittedAt(),
        r.updatedAt());
  }
}
