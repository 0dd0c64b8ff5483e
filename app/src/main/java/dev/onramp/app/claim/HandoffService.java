package dev.onramp.app.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditLog;
import dev.onramp.app.implementation.ProvisioningSpecs;
import dev.onramp.app.org.Products;
import dev.onramp.app.provisioning.HandoffField;
import dev.onramp.app.provisioning.ProvisioningPlan;
import dev.onramp.app.request.BusinessRequest;
import dev.onramp.app.request.RequestService;
import dev.onramp.app.request.WorkloadRepository;
import dev.onramp.app.web.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Generates, stores and shows the Developer Handoff; knows who may claim. */
@Service
public class HandoffService {

  private final StoredHandoffRepository handoffs;
  private final ProvisioningSpecs specs;
  private final RequestService requests;
  private final WorkloadRepository workloads;
  private final Products products;
  private final AuditLog audit;
  private final ObjectMapper json;
  private final Clock clock;

  HandoffService(
      StoredHandoffRepository handoffs,
      ProvisioningSpecs specs,
      RequestService requests,
      WorkloadRepository workloads,
      Products products,
      AuditLog audit,
      ObjectMapper json,
      Clock clock) {
    this.handoffs = handoffs;
    this.specs = specs;
    this.requests = requests;
    this.workloads = workloads;
    this.products = products;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /** Generates the handoff once; a redelivered job finds it and changes nothing. */
  @Transactional
  public void generate(String requestId) {
    if (handoffs.existsById(requestId)) {
      return;
    }
    ProvisioningPlan plan = specs.planFor(requestId);
    handoffs.save(new StoredHandoff(requestId, write(plan.handoff().fields()), clock.instant()));
    audit.record(
        Actor.AGENT_BILL,
        "handoff-generated",
        "request",
        requestId,
        "Developer Handoff for " + plan.claimRoleArn());
  }

  /** The requester first, then the product's other owners (the claim task's candidate users). */
  @Transactional(readOnly = true)
  public List<String> claimCandidates(String requestId) {
    BusinessRequest request = requests.require(requestId);
    Set<String> candidates = new LinkedHashSet<>();
    candidates.add(request.requester());
    candidates.addAll(
        products.ownersOf(workloads.findById(request.workloadId()).orElseThrow().productId()));
    return new ArrayList<>(candidates);
  }

  @Transactional(readOnly = true)
  public HandoffView view(String requestId) {
    requests.visible(requestId);
    StoredHandoff stored =
        handoffs
            .findById(requestId)
            .orElseThrow(() -> new NotFoundException("Developer Handoff of request", requestId));
    List<HandoffField> fields = read(stored.fieldsJson());
    return HandoffView.of(requestId, fields, stored.generatedAt());
  }

  @Transactional(readOnly = true)
  public String value(String requestId, String key) {
    return read(handoffs.findById(requestId).orElseThrow().fieldsJson()).stream()
        .filter(f -> f.key().equals(key))
        .map(HandoffField::value)
        .findFirst()
        .orElse(null);
  }

  private String write(List<HandoffField> fields) {
    try {
      return json.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<HandoffField> read(String text) {
    try {
      return json.readValue(text, new TypeReference<List<HandoffField>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
