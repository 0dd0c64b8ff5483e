package dev.onramp.app.implementation;

import dev.onramp.app.org.Products;
import dev.onramp.app.provisioning.ProvisioningGenerator;
import dev.onramp.app.provisioning.ProvisioningPlan;
import dev.onramp.app.provisioning.ProvisioningSpec;
import dev.onramp.app.request.BusinessRequest;
import dev.onramp.app.request.RequestService;
import dev.onramp.app.request.WorkloadRepository;
import dev.onramp.app.review.Approval;
import dev.onramp.app.review.ApprovalRepository;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an approved request into the plan of everything the Cloud Engineer runs and the Product
 * Owner receives. The plan is a pure function of the request and its approval, so generating it
 * again (a redelivered job, the handoff later) gives the same result.
 */
@Component
public class ProvisioningSpecs {

  private final RequestService requests;
  private final ApprovalRepository approvals;
  private final WorkloadRepository workloads;
  private final Products products;
  private final ProvisioningGenerator generator;

  ProvisioningSpecs(
      RequestService requests,
      ApprovalRepository approvals,
      WorkloadRepository workloads,
      Products products,
      ProvisioningGenerator generator) {
    this.requests = requests;
    this.approvals = approvals;
    this.workloads = workloads;
    this.products = products;
    this.generator = generator;
  }

  @Transactional(readOnly = true)
  public ProvisioningPlan planFor(String requestId) {
    BusinessRequest request = requests.require(requestId);
    Approval approval = approvals.findById(requestId).orElseThrow();
    String workloadName = workloads.findById(request.workloadId()).orElseThrow().name();
    String product =
        products.get(workloads.findById(request.workloadId()).orElseThrow().productId()).name();
    ProvisioningSpec spec =
        ProvisioningSpec.builder()
            .workloadName(request.workloadName())
            .shortId(request.shortId())
            .requestId(requestId)
            .productName(product)
            .platform(approval.platform())
            .runtime(request.runtime())
            .customPrincipalArn(request.customPrincipalArn())
            .externalId(request.externalId())
            .accountId(approval.accountId())
            .region(approval.region())
            .modelId(approval.modelId())
            .inferenceProfile(approval.inferenceProfileId(), approval.profileRegions())
            .roleName(approval.roleName())
            .workspaceName(approval.workspaceName())
            .monthlySpendLimitUsd(approval.faEstimateMonthly())
            .tags(Map.of("Workload", workloadName))
            .build();
    return generator.generate(spec);
  }
}
