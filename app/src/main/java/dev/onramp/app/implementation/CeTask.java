package dev.onramp.app.implementation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One Cloud Engineer task of an approved request; a chain's tasks are worked in {@link #seq()}. */
@Entity
public class CeTask {

  @Id private String id;
  private String requestId;
  private int seq;
  private String taskKey;
  private String title;
  private String summary;

  @Enumerated(EnumType.STRING)
  private TaskStatus status;

  private Instant slaDueAt;
  private boolean overdue;
  private String startedBy;
  private Instant startedAt;
  private String implementedBy;
  private Instant implementedAt;
  private Instant createdAt;
  @Version private long version;

  protected CeTask() {}

  CeTask(
      String requestId,
      int seq,
      String taskKey,
      String title,
      String summary,
      Instant slaDueAt,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.requestId = requestId;
    this.seq = seq;
    this.taskKey = taskKey;
    this.title = title;
    this.summary = summary;
    this.status = TaskStatus.OPEN;
    this.slaDueAt = slaDueAt;
    this.createdAt = now;
  }

  /** True the first time someone works on the task. */
  boolean start(String by, Instant at) {
    if (startedAt != null) {
      return false;
    }
    startedBy = by;
    startedAt = at;
    return true;
  }

  void implemented(String by, Instant at) {
    status = TaskStatus.IMPLEMENTED;
    implementedBy = by;
    implementedAt = at;
  }

  void reopen() {
    status = TaskStatus.OPEN;
    implementedBy = null;
    implementedAt = null;
  }

  void markOverdue() {
    overdue = true;
  }

  public String id() {
    return id;
  }

  public String requestId() {
    return requestId;
  }

  public int seq() {
    return seq;
  }

  public String taskKey() {
    return taskKey;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public TaskStatus status() {
    return status;
  }

  public Instant slaDueAt() {
    return slaDueAt;
  }

  public boolean overdue() {
    return overdue;
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public String implementedBy() {
    return implementedBy;
  }

  public Instant implementedAt() {
    return implementedAt;
  }
}
