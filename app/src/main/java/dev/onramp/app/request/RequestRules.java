package dev.onramp.app.request;

import dev.onramp.app.provisioning.RequestorRuntime;
import dev.onramp.app.web.ApiProblemHandler.FieldProblem;
import dev.onramp.app.web.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;

/** The wizard's rules that involve more than one field, all reported together. */
final class RequestRules {

  private RequestRules() {}

  static void check(RequestForm form) {
    List<FieldProblem> problems = new ArrayList<>();
    if (form.mode() == RequestMode.NEW && isBlank(form.productId())) {
      problems.add(new FieldProblem("productId", "is required for a new workload"));
    }
    if (form.mode() == RequestMode.EXISTING && isBlank(form.parentWorkloadId())) {
      problems.add(
          new FieldProblem("parentWorkloadId", "is required to add a capability to a workload"));
    }
    if (form.runtime() == RequestorRuntime.CUSTOM_PRINCIPAL) {
      if (isBlank(form.customPrincipalArn())) {
        problems.add(
            new FieldProblem("customPrincipalArn", "is required for a custom principal runtime"));
      }
    } else {
      if (!isBlank(form.customPrincipalArn())) {
        problems.add(
            new FieldProblem("customPrincipalArn", "applies only to runtime CUSTOM_PRINCIPAL"));
      }
      if (!isBlank(form.externalId())) {
        problems.add(new FieldProblem("externalId", "applies only to runtime CUSTOM_PRINCIPAL"));
      }
    }
    if (form.businessCaseType() != null) {
      if (form.businessCaseAnnualAmount() == null) {
        problems.add(
            new FieldProblem("businessCaseAnnualAmount", "is required with a business case"));
      }
      if (form.businessCaseTargetPercent() == null) {
        problems.add(
            new FieldProblem("businessCaseTargetPercent", "is required with a business case"));
      }
    } else if (form.businessCaseAnnualAmount() != null
        || form.businessCaseTargetPercent() != null) {
      problems.add(
          new FieldProblem(
              "businessCaseType", "is required when an amount or a target is declared"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(problems);
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
