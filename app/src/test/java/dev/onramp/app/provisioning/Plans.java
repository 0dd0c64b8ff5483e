package dev.onramp.app.provisioning;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/** Finding things in a generated plan, for tests. */
final class Plans {

  private static final ProvisioningGenerator GENERATOR = new ProvisioningGenerator();

  private Plans() {}

  static ProvisioningPlan generate(ProvisioningSpec.Builder spec) {
    return GENERATOR.generate(spec.build());
  }

  static Stream<StepPlan> steps(ProvisioningPlan plan) {
    return plan.tasks().stream().flatMap(t -> t.steps().stream());
  }

  static String file(ProvisioningPlan plan, String name) {
    return steps(plan)
        .flatMap(s -> s.files().stream())
        .filter(f -> f.name().equals(name))
        .map(GeneratedFile::content)
        .reduce((a, b) -> a.equals(b) ? a : a + "\n" + b)
        .orElseThrow(() -> new NoSuchElementException("no file " + name));
  }

  static List<String> shell(ProvisioningPlan plan) {
    return steps(plan).flatMap(s -> s.commands().stream()).map(CommandBlock::shell).toList();
  }

  static List<String> stepKeys(TaskPlan task) {
    return task.steps().stream().map(StepPlan::key).toList();
  }
}
