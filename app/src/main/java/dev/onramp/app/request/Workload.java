package dev.onramp.app.request;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A workload of a product. Its status is the status of the request that created it; capabilities
 * added later have their own request and status and leave the workload's alone.
 */
@Entity
public class Workload {

  @Id private String id;
  private String name;
  private String productId;

  @Enumerated(EnumType.STRING)
  private RequestStatus status;

  private String createdBy;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected Workload() {}

  Workload(String name, String productId, String createdBy, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.name = name;
    this.productId = productId;
    this.status = RequestStatus.PENDING_FA_REVIEW;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void rename(String name, Instant now) {
    this.name = name;
    this.updatedAt = now;
  }

  void status(RequestStatus status, Instant now) {
    this.status = status;
    this.updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String productId() {
    return productId;
  }

  public RequestStatus status() {
    return status;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
