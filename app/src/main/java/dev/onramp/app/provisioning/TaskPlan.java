package dev.onramp.app.provisioning;

import java.util.List;

/** One Cloud Engineer task: its steps in order, the last one marking it implemented. */
public record TaskPlan(String key, String title, String summary, List<StepPlan> steps) {

  public TaskPlan {
    steps = List.copyOf(steps);
  }
}
