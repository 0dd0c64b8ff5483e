package dev.onramp.bench;

import java.util.HashMap;
import java.util.Map;

/** The variables every instance carries, identical for both engines. */
final class Variables {

  private Variables() {}

  static Map<String, Object> start(long sequence) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("employeeId", "E-" + sequence);
    vars.put("department", "engineering");
    return vars;
  }

  static Map<String, Object> task1() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("approved", true);
    return vars;
  }

  static Map<String, Object> job1(long sequence) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("accountId", "acc-" + sequence);
    return vars;
  }

  static Map<String, Object> job2() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("accessGranted", true);
    return vars;
  }

  static Map<String, Object> job3() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("onboarded", true);
    return vars;
  }

  static Map<String, Object> none() {
    return new HashMap<>();
  }
}
