package dev.onramp.app.implementation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One pre-written step of a task. Its commands, generated files and console links are stored as
 * rendered JSON ({@link StepContent}): what the engineer saw is what was approved, even if the
 * templates change later.
 */
@Entity
public class CeTaskStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String taskId;
  private int stepNo;
  private String stepKey;
  private String title;
  private String instructions;
  private String contentJson;
  private boolean completion;
  private boolean checked;
  private String checkedBy;
  private Instant checkedAt;

  protected CeTaskStep() {}

  CeTaskStep(
      String taskId,
      int stepNo,
      String stepKey,
      String title,
      String instructions,
      String contentJson,
      boolean completion) {
    this.taskId = taskId;
    this.stepNo = stepNo;
    this.stepKey = stepKey;
    this.title = title;
    this.instructions = instructions;
    this.contentJson = contentJson;
    this.completion = completion;
  }

  void check(String by, Instant at) {
    if (!checked) {
      checked = true;
      checkedBy = by;
      checkedAt = at;
    }
  }

  void uncheck() {
    checked = false;
    checkedBy = null;
    checkedAt = null;
  }

  public int stepNo() {
    return stepNo;
  }

  public String stepKey() {
    return stepKey;
  }

  public String title() {
    return title;
  }

  public String instructions() {
    return instructions;
  }

  public String contentJson() {
    return contentJson;
  }

  public boolean completion() {
    return completion;
  }

  public boolean checked() {
    return checked;
  }

  public String checkedBy() {
    return checkedBy;
  }

  public Instant checkedAt() {
    return checkedAt;
  }
}
