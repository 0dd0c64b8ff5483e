package dev.onramp.app.provisioning;

import java.util.List;

/**
 * What one approval generates: the Cloud Engineer tasks in the order they are worked (a chain for
 * Claude Platform) and the Developer Handoff the Product Owner receives once they are done.
 *
 * @param claimRoleArn the IAM role the Product Owner claims; its spend is attributed from Live on
 */
public record ProvisioningPlan(
    Platform platform, List<TaskPlan> tasks, Handoff handoff, String claimRoleArn) {

  public ProvisioningPlan {
    tasks = List.copyOf(tasks);
  }
}
