package dev.onramp.app.request;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * One AI capability of a workload, created with its Business Request. The claim fills in the role
 * whose spend is attributed to the workload from {@link #attributionStartedAt()} on.
 */
@Entity
public class AiComponent {

  @Id private String id;
  private String workloadId;
  private String requestId;
  private String name;
  private String roleArn;
  private String modelId;
  private String accountId;
  private String region;
  private String claimedBy;
  private Instant claimedAt;
  private Instant attributionStartedAt;
  private Instant createdAt;

  protected AiComponent() {}

  AiComponent(String workloadId, String requestId, String name, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.workloadId = workloadId;
    this.requestId = requestId;
    this.name = name;
    this.createdAt = now;
  }

  /** Records the claim; a second claim of the same component changes nothing. */
  public void claim(
      String claimedBy, Instant at, String roleArn, String modelId, String account, String region) {
    if (this.claimedAt != null) {
      return;
    }
    this.claimedBy = claimedBy;
    this.claimedAt = at;
    this.roleArn = roleArn;
    this.modelId = modelId;
    this.accountId = account;
    this.region = region;
  }

  /** Undoes a claim the process did not accept. */
  public void unclaim() {
    this.claimedBy = null;
    this.claimedAt = null;
    this.roleArn = null;
    this.modelId = null;
    this.accountId = null;
    this.region = null;
  }

  public void startAttribution(Instant at) {
    if (attributionStartedAt == null) {
      attributionStartedAt = at;
    }
  }

  void rename(String name) {
    this.name = name;
  }

  public String id() {
    return id;
  }

  public String workloadId() {
    return workloadId;
  }

  public String requestId() {
    return requestId;
  }

  public String name() {
    return name;
  }

  public String roleArn() {
    return roleArn;
  }

  public String modelId() {
    return modelId;
  }

  public String accountId() {
    return accountId;
  }

  public String region() {
    return region;
  }

  public String claimedBy() {
    return claimedBy;
  }

  public Instant claimedAt() {
    return claimedAt;
  }

  public Instant attributionStartedAt() {
    return attributionStartedAt;
  }
}
