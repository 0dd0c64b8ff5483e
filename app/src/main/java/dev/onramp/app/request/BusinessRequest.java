package dev.onramp.app.request;

import dev.onramp.app.provisioning.RequestorRuntime;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/**
 * A Product Owner's Business Request: what the workload does and needs, in business terms only. The
 * process drives its {@link #status()}; a request sent back for changes is edited in place and its
 * {@link #revision()} counts the submissions.
 */
@Entity
public class BusinessRequest {

  @Id private String id;
  private String workloadId;

  @Enumerated(EnumType.STRING)
  private RequestMode mode;

  private boolean founding;
  private String shortId;

  @Enumerated(EnumType.STRING)
  private UseCase useCase;

  private String workloadName;
  private String purpose;
  private int teamSize;
  private long requestsPerMonth;
  private int inputTokensPerRequest;
  private int outputTokensPerRequest;
  private BigDecimal monthlyBudgetEstimate;

  @Enumerated(EnumType.STRING)
  private RequestorRuntime runtime;

  private String customPrincipalArn;
  private String externalId;

  @Enumerated(EnumType.STRING)
  private BusinessCaseType businessCaseType;

  private BigDecimal businessCaseAnnualAmount;
  private BigDecimal businessCaseTargetPercent;

  @Enumerated(EnumType.STRING)
  private RequestStatus status;

  private String requester;
  private int revision;
  private Long processInstanceKey;
  private Instant submittedAt;
  private Instant updatedAt;
  @Version private long version;

  protected BusinessRequest() {}

  BusinessRequest(
      String workloadId, boolean founding, String shortId, String requester, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.workloadId = workloadId;
    this.founding = founding;
    this.shortId = shortId;
    this.requester = requester;
    this.status = RequestStatus.PENDING_FA_REVIEW;
    this.revision = 1;
    this.submittedAt = now;
    this.updatedAt = now;
  }

  /** Takes the wizard's data; utilisation left empty takes the use case's defaults. */
  void apply(RequestForm form, Instant now) {
    this.mode = form.mode();
    this.useCase = form.useCase();
    this.workloadName = form.workloadName().strip();
    this.purpose = form.purpose().strip();
    this.teamSize = form.teamSize();
    this.requestsPerMonth =
        form.requestsPerMonth() != null
            ? form.requestsPerMonth()
            : useCase.defaultRequestsPerMonth();
    this.inputTokensPerRequest =
        form.inputTokensPerRequest() != null
            ? form.inputTokensPerRequest()
            : useCase.defaultInputTokensPerRequest();
    this.outputTokensPerRequest =
        form.outputTokensPerRequest() != null
            ? form.outputTokensPerRequest()
            : useCase.defaultOutputTokensPerRequest();
    this.monthlyBudgetEstimate = form.monthlyBudgetEstimate();
    this.runtime = form.runtime();
    this.customPrincipalArn = blankToNull(form.customPrincipalArn());
    this.externalId = blankToNull(form.externalId());
    this.businessCaseType = form.businessCaseType();
    this.businessCaseAnnualAmount = form.businessCaseAnnualAmount();
    this.businessCaseTargetPercent = form.businessCaseTargetPercent();
    this.updatedAt = now;
  }

  void resubmitted(Instant now) {
    this.revision++;
    this.updatedAt = now;
  }

  void restoreRevision(int revision) {
    this.revision = revision;
  }

  void started(long processInstanceKey) {
    this.processInstanceKey = processInstanceKey;
  }

  /** Sets the lifecycle status; true when it changed (a redelivered job changes nothing). */
  boolean status(RequestStatus status, Instant now) {
    if (this.status == status) {
      return false;
    }
    this.status = status;
    this.updatedAt = now;
    return true;
  }

  /** Derived, never stored: current annual amount × target % (e.g. $80,000 × 20 % = $16,000). */
  public BigDecimal annualOpportunity() {
    if (businessCaseType == null) {
      return null;
    }
    return businessCaseAnnualAmount
        .multiply(businessCaseTargetPercent)
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  public boolean hasBusinessCase() {
    return businessCaseType != null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String id() {
    return id;
  }

  public String workloadId() {
    return workloadId;
  }

  public RequestMode mode() {
    return mode;
  }

  public boolean founding() {
    return founding;
  }

  public String shortId() {
    return shortId;
  }

  public UseCase useCase() {
    return useCase;
  }

  public String workloadName() {
    return workloadName;
  }

  public String purpose() {
    return purpose;
  }

  public int teamSize() {
    return teamSize;
  }

  public long requestsPerMonth() {
    return requestsPerMonth;
  }

  public int inputTokensPerRequest() {
    return inputTokensPerRequest;
  }

  public int outputTokensPerRequest() {
    return outputTokensPerRequest;
  }

  public BigDecimal monthlyBudgetEstimate() {
    return monthlyBudgetEstimate;
  }

  public RequestorRuntime runtime() {
    return runtime;
  }

  public String customPrincipalArn() {
    return customPrincipalArn;
  }

  public String externalId() {
    return externalId;
  }

  public BusinessCaseType businessCaseType() {
    return businessCaseType;
  }

  public BigDecimal businessCaseAnnualAmount() {
    return businessCaseAnnualAmount;
  }

  public BigDecimal businessCaseTargetPercent() {
    return businessCaseTargetPercent;
  }

  public RequestStatus status() {
    return status;
  }

  public String requester() {
    return requester;
  }

  public int revision() {
    return revision;
  }

  public Long processInstanceKey() {
    return processInstanceKey;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
