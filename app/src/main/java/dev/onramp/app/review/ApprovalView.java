package dev.onramp.app.review;

import dev.onramp.app.catalog.InferenceProfileType;
import dev.onramp.app.provisioning.Platform;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An approval as the API shows it, with the FA Confirmed Estimate and its pricing source. */
public record ApprovalView(
    String requestId,
    Platform platform,
    String modelId,
    String accountId,
    String region,
    InferenceProfileType inferenceProfileType,
    String inferenceProfileId,
    List<String> profileRegions,
    String roleName,
    String workspaceName,
    boolean businessCaseAcknowledged,
    Priority priority,
    int slaDays,
    String rationale,
    BigDecimal faEstimateMonthly,
    BigDecimal priceInputPer1M,
    BigDecimal priceOutputPer1M,
    LocalDate pricingDate,
    String pricingSource,
    String approvedBy,
    Instant approvedAt) {

  public static ApprovalView of(Approval a) {
    return new ApprovalView(
        a.requestId(),
        a.platform(),
        a.modelId(),
        a.accountId(),
        a.region(),
        a.inferenceProfileType(),
        a.inferenceProfileId(),
        a.profileRegions(),
        a.roleName(),
        a.workspaceName(),
        a.businessCaseAcknowledged(),
        a.priority(),
        a.priority().slaDays(),
        a.rationale(),
        a.faEstimateMonthly(),
        a.priceInputPer1m(),
        a.priceOutputPer1m(),
        a.pricingDate(),
        a.pricingSource(),
        a.approvedBy(),
        a.approvedAt());
  }
}
