package dev.onramp.app.request;

/** A stored request as the wizard's form data, e.g. to pre-fill the form for a revision. */
final class RequestForms {

  private RequestForms() {}

  static RequestForm of(BusinessRequest r, String productId) {
    return new RequestForm(
        r.mode(),
        r.mode() == RequestMode.EXISTING ? r.workloadId() : null,
        productId,
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
        r.businessCaseTargetPercent());
  }
}
