package dev.onramp.app.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The Developer Handoff of a request, as generated when its tasks were implemented. */
@Entity
@Table(name = "handoff")
class StoredHandoff {

  @Id private String requestId;
  private String fieldsJson;
  private Instant generatedAt;

  protected StoredHandoff() {}

  StoredHandoff(String requestId, String fieldsJson, Instant generatedAt) {
    this.requestId = requestId;
    this.fieldsJson = fieldsJson;
    this.generatedAt = generatedAt;
  }

  String requestId() {
    return requestId;
  }

  String fieldsJson() {
    return fieldsJson;
  }

  Instant generatedAt() {
    return generatedAt;
  }
}
