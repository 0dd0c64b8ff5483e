package dev.onramp.engine.processing;

import dev.onramp.engine.model.BpmnTransformer;
import dev.onramp.engine.state.DefinitionStore;
import dev.onramp.engine.state.ElementInstanceStore;
import dev.onramp.engine.state.FlowStore;
import dev.onramp.engine.state.IncidentStore;
import dev.onramp.engine.state.JobStore;
import dev.onramp.engine.state.KeyGenerator;
import dev.onramp.engine.state.MessageStore;
import dev.onramp.engine.state.ProcessInstanceStore;
import dev.onramp.engine.state.Purge;
import dev.onramp.engine.state.TimerStore;
import dev.onramp.engine.state.UserTaskStore;
import dev.onramp.engine.state.VariableStore;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every store the command loop writes through. Stores use the loop's transaction because the loop
 * thread runs them inside it; readers elsewhere see committed state only.
 */
public final class EngineState {

  public final KeyGenerator keys;
  public final DefinitionStore definitions;
  public final ProcessInstanceStore processInstances;
  public final ElementInstanceStore elementInstances;
  public final VariableStore variables;
  public final JobStore jobs;
  public final UserTaskStore userTasks;
  public final TimerStore timers;
  public final MessageStore messages;
  public final IncidentStore incidents;
  public final FlowStore flows;
  public final Purge purge;

  public EngineState(DataSource dataSource, JdbcTemplate jdbc, BpmnTransformer transformer) {
    this.keys = new KeyGenerator(dataSource);
    this.definitions = new DefinitionStore(jdbc, transformer);
    this.processInstances = new ProcessInstanceStore(jdbc);
    this.elementInstances = new ElementInstanceStore(jdbc);
    this.variables = new VariableStore(jdbc, keys::nextKey);
    this.jobs = new JobStore(jdbc);
    this.userTasks = new UserTaskStore(jdbc);
    this.timers = new TimerStore(jdbc);
    this.messages = new MessageStore(jdbc);
    this.incidents = new IncidentStore(jdbc);
    this.flows = new FlowStore(jdbc);
    this.purge = new Purge(jdbc);
  }

  public long nextKey() {
    return keys.nextKey();
  }
}
