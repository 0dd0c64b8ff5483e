package dev.onramp.app.testing;

import io.camunda.process.test.api.CamundaSpringProcessTest;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link AppTest} with Camunda Process Test (remote runtime) against the embedded engine: process
 * assertions, the engine clock, and a purged engine with freshly deployed models for every test.
 */
@TestPropertySource(properties = "camunda.process-test.runtime-mode=remote")
@CamundaSpringProcessTest
public abstract class ProcessTest extends AppTest {}
