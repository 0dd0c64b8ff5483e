package dev.onramp.app.provisioning;

/**
 * What the Product Owner's application runs on, hence who assumes the workload's IAM role: it
 * decides the role's trust policy ({@code templates/trust/}). Named so it does not clash with
 * {@link java.lang.Runtime}.
 */
public enum RequestorRuntime {
  LAMBDA("AWS Lambda"),
  ECS_TASK("Amazon ECS task"),
  EC2("Amazon EC2"),
  AGENTCORE_RUNTIME("AgentCore Runtime"),
  CUSTOM_PRINCIPAL("Custom principal ARN");

  private final String label;

  RequestorRuntime(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
