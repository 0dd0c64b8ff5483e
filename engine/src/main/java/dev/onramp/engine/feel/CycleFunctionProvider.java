package dev.onramp.engine.feel;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.feel.context.JavaFunction;
import org.camunda.feel.context.JavaFunctionProvider;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValDayTimeDuration;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValNumber;
import org.camunda.feel.syntaxtree.ValString;

/**
 * Camunda's FEEL extension {@code cycle(duration)} and {@code cycle(repetitions, duration)}, which
 * produce ISO-8601 repeating intervals ({@code R/PT1H}, {@code R3/PT10M}) for timer cycles.
 */
final class CycleFunctionProvider extends JavaFunctionProvider {

  @Override
  public Optional<JavaFunction> resolveFunction(String name) {
    return Optional.empty();
  }

  @Override
  public List<JavaFunction> resolveFunctions(String name) {
    if (!"cycle".equals(name)) {
      return List.of();
    }
    return List.of(
        new JavaFunction(List.of("duration"), args -> cycle("R", args.get(0))),
        new JavaFunction(
            List.of("repetitions", "duration"),
            args -> {
              if (!(args.get(0) instanceof ValNumber n)) {
                return new ValError("cycle(): repetitions must be a number");
              }
              return cycle("R" + n.value().intValue(), args.get(1));
            }));
  }

  @Override
  public Collection<String> getFunctionNames() {
    return List.of("cycle");
  }

  private static Val cycle(String repetitions, Val duration) {
    if (duration instanceof ValDayTimeDuration d) {
      return new ValString(repetitions + "/" + d.value());
    }
    return new ValError("cycle(): expected a days-time duration but found " + duration);
  }
}
