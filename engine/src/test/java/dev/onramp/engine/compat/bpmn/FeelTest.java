package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeelTest extends BpmnCompatSupport {

  @Test
  void nowReadsTheEngineClockNotTheSystemClock() {
    String id = unique("feel-now");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .scriptTask(
                "check",
                t ->
                    t.zeebeExpression(
                            "{afterLower: now() > date and time(lower),"
                                + " beforeUpper: now() < date and time(upper),"
                                + " afterSystem: now() > date and time(system)}")
                        .zeebeResultVariable("clock"))
            .endEvent()
            .done());
    addTime(Duration.ofDays(100));
    Instant engineNow = now();

    long key =
        start(
            id,
            Map.of(
                "lower", engineNow.minus(Duration.ofMinutes(1)).toString(),
                "upper", engineNow.plus(Duration.ofDays(1)).toString(),
                "system", Instant.now().plus(Duration.ofDays(50)).toString()));

    awaitCompleted(key);
    assertThat(rootVariables(key))
        .containsEntry(
            "clock", Map.of("afterLower", true, "beforeUpper", true, "afterSystem", true));
  }

  @Test
  void feelBuiltinsListsAndContextsEvaluateLikeCamunda() {
    String id = unique("feel-builtins");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .scriptTask(
                "calc",
                t ->
                    t.zeebeExpression(
                            "{total: sum(for line in lines return line.price * line.qty),"
                                + " names: upper case(string join(lines.name, \",\")),"
                                + " expensive: lines[price > 10].name,"
                                + " anyFree: some line in lines satisfies line.price = 0,"
                                + " missing: unknownVariable,"
                                + " days: (date(\"2025-03-01\") - date(\"2025-02-01\")).days}")
                        .zeebeResultVariable("summary"))
            .endEvent()
            .done());
    long key =
        start(
            id,
            Map.of(
                "lines",
                List.of(
                    Map.of("name", "pen", "price", 2, "qty", 5),
                    Map.of("name", "book", "price", 20, "qty", 1))));

    awaitCompleted(key);
    @SuppressWarnings("unchecked")
    Map<String, Object> summary = (Map<String, Object>) rootVariables(key).get("summary");
    assertThat(summary)
        .containsEntry("total", 30)
        .containsEntry("names", "PEN,BOOK")
        .containsEntry("expensive", List.of("book"))
        .containsEntry("anyFree", false)
        .containsEntry("days", 28);
    assertThat(summary).containsKey("missing");
    assertThat(summary.get("missing")).isNull();
  }
}
