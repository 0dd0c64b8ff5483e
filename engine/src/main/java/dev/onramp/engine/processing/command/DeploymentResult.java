package dev.onramp.engine.processing.command;

import java.util.List;

/** What a deployment created (or found unchanged), in resource order. */
public record DeploymentResult(long deploymentKey, List<Item> items) {

  /** One deployed process definition or form. */
  public record Item(boolean form, String id, int version, String resourceName, long key) {}
}
