package dev.onramp.engine.state;

import dev.onramp.engine.model.BpmnTransformer;
import dev.onramp.engine.model.ExecutableProcess;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deployed process definitions and forms. Compiled models are cached by key: a definition never
 * changes once deployed, so the cache needs no invalidation other than a purge.
 */
public final class DefinitionStore {

  private final JdbcTemplate jdbc;
  private final BpmnTransformer transformer;
  private final Map<Long, DeployedProcess> byKey = new ConcurrentHashMap<>();

  public DefinitionStore(JdbcTemplate jdbc, BpmnTransformer transformer) {
    this.jdbc = jdbc;
    this.transformer = transformer;
  }

  public DeployedProcess byKey(long key) {
    DeployedProcess cached = byKey.get(key);
    if (cached != null) {
      return cached;
    }
    List<DeployedProcess> rows =
        jdbc.query(
            "SELECT process_definition_key, bpmn_process_id, version, name, resource_name,"
                + " checksum, tenant_id, resource FROM process_definition WHERE"
                + " process_definition_key = ?",
            (rs, i) -> {
              String bpmnProcessId = rs.getString(2);
              ExecutableProcess executable = compile(rs.getString(8), bpmnProcessId);
              return new DeployedProcess(
                  rs.getLong(1),
                  bpmnProcessId,
                  rs.getInt(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  executable);
            },
            key);
    if (rows.isEmpty()) {
      return null;
    }
    byKey.put(key, rows.get(0));
    return rows.get(0);
  }

  public DeployedProcess latest(String bpmnProcessId) {
    List<Long> keys =
        jdbc.queryForList(
            "SELECT process_definition_key FROM process_definition WHERE bpmn_process_id = ?"
                + " ORDER BY version DESC LIMIT 1",
            Long.class,
            bpmnProcessId);
    return keys.isEmpty() ? null : byKey(keys.get(0));
  }

  public DeployedProcess byVersion(String bpmnProcessId, int version) {
    List<Long> keys =
        jdbc.queryForList(
            "SELECT process_definition_key FROM process_definition WHERE bpmn_process_id = ? AND"
                + " version = ?",
            Long.class,
            bpmnProcessId,
            version);
    return keys.isEmpty() ? null : byKey(keys.get(0));
  }

  /** The latest version of every process, for message and timer start events. */
  public List<DeployedProcess> allLatest() {
    List<Long> keys =
        jdbc.queryForList(
            "SELECT p.process_definition_key FROM process_definition p WHERE p.version = (SELECT"
                + " MAX(q.version) FROM process_definition q WHERE q.bpmn_process_id ="
                + " p.bpmn_process_id)",
            Long.class);
    return keys.stream().map(this::byKey).toList();
  }

  public void insertProcess(
      long key,
      String bpmnProcessId,
      int version,
      String versionTag,
      String name,
      String resourceName,
      String resource,
      String checksum,
      long deploymentKey,
      boolean hasStartForm,
      String tenantId) {
    jdbc.update(
        "INSERT INTO process_definition (process_definition_key, bpmn_process_id, version,"
            + " version_tag, name, resource_name, resource, checksum, deployment_key,"
            + " has_start_form, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        key,
        bpmnProcessId,
        version,
        versionTag,
        name,
        resourceName,
        resource,
        checksum,
        deploymentKey,
        hasStartForm,
        tenantId);
  }

  /** The latest version of a form, or null. */
  public record FormVersion(long key, int version, String checksum) {}

  public FormVersion latestForm(String formId) {
    List<FormVersion> rows =
        jdbc.query(
            "SELECT form_key, version, checksum FROM form WHERE form_id = ? ORDER BY version DESC"
                + " LIMIT 1",
            (rs, i) -> new FormVersion(rs.getLong(1), rs.getInt(2), rs.getString(3)),
            formId);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public void insertForm(
      long key,
      String formId,
      int version,
      String resourceName,
      String schema,
      String checksum,
      long deploymentKey,
      String tenantId) {
    jdbc.update(
        "INSERT INTO form (form_key, form_id, version, resource_name, form_schema, checksum,"
            + " deployment_key, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        key,
        formId,
        version,
        resourceName,
        schema,
        checksum,
        deploymentKey,
        tenantId);
  }

  public void insertDeployment(long key, String tenantId, long now) {
    jdbc.update(
        "INSERT INTO deployment (deployment_key, tenant_id, created) VALUES (?, ?, ?)",
        key,
        tenantId,
        now);
  }

  /** Forgets every compiled model (after a purge). */
  public void clearCache() {
    byKey.clear();
  }

  private ExecutableProcess compile(String resource, String bpmnProcessId) {
    return transformer
        .transform(
            Bpmn.readModelFromStream(
                new ByteArrayInputStream(resource.getBytes(StandardCharsets.UTF_8))))
        .stream()
        .filter(p -> p.bpmnProcessId().equals(bpmnProcessId))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("Stored resource lacks process " + bpmnProcessId));
  }
}
