package dev.onramp.engine.api.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Search of message subscriptions and of the correlations they received. */
@RestController
class MessageSubscriptionQueryController {

  static final Set<String> STATES = Set.of("CORRELATED", "CREATED", "DELETED", "MIGRATED");

  /** Keys carry partition 1 in their high bits (see key_block), so there is one partition. */
  private static final String PARTITION = "CAST(1 AS INT)";

  static final Resource SUBSCRIPTIONS =
      Resource.builder("message subscription")
          .from("message_subscription ms", "ms.*")
          .key("ms.message_subscription_key")
          .field("messageSubscriptionKey", "ms.message_subscription_key", ValueType.KEY)
          .field("processDefinitionId", "ms.bpmn_process_id", ValueType.STRING)
          .field("processInstanceKey", "ms.process_instance_key", ValueType.KEY)
          .field("elementId", "ms.element_id", ValueType.STRING)
          .field("elementInstanceKey", "ms.element_instance_key", ValueType.KEY)
          .enumField("messageSubscriptionState", "ms.state", STATES)
          .field("lastUpdatedDate", "ms.last_updated", ValueType.DATE)
          .field("messageName", "ms.message_name", ValueType.STRING)
          .field("correlationKey", "ms.correlation_key", ValueType.STRING)
          .field("tenantId", "ms.tenant_id", ValueType.STRING)
          .mapper(
              (rs, row) ->
                  Item.of(rs)
                      .key("messageSubscriptionKey", "message_subscription_key")
                      .string("processDefinitionId", "bpmn_process_id")
                      .key("processDefinitionKey", "process_definition_key")
                      .key("processInstanceKey", "process_instance_key")
                      .string("elementId", "element_id")
                      .key("elementInstanceKey", "element_instance_key")
                      .string("messageSubscriptionState", "state")
                      .date("lastUpdatedDate", "last_updated")
                      .string("messageName", "message_name")
                      .string("correlationKey", "correlation_key")
                      .string("tenantId", "tenant_id")
                      .node())
          .build();

  static final Resource CORRELATIONS =
      Resource.builder("correlated message subscription")
          .from("correlated_message cm", "cm.*")
          .tiebreak("cm.message_key, cm.subscription_key")
          .field("correlationKey", "cm.correlation_key", ValueType.STRING)
          .field("correlationTime", "cm.correlation_time", ValueType.DATE)
          .field("elementId", "cm.element_id", ValueType.STRING)
          .field("elementInstanceKey", "cm.element_instance_key", ValueType.KEY)
          .field("messageKey", "cm.message_key", ValueType.KEY)
          .field("messageName", "cm.message_name", ValueType.STRING)
          .field("partitionId", PARTITION, ValueType.INTEGER)
          .field("processDefinitionId", "cm.bpmn_process_id", ValueType.STRING)
          .field("processDefinitionKey", "cm.process_definition_key", ValueType.KEY)
          .field("processInstanceKey", "cm.process_instance_key", ValueType.KEY)
          .field("subscriptionKey", "cm.subscription_key", ValueType.KEY)
          .field("tenantId", "cm.tenant_id", ValueType.STRING)
          .mapper(
              (rs, row) ->
                  Item.of(rs)
                      .string("correlationKey", "correlation_key")
                      .date("correlationTime", "correlation_time")
                      .string("elementId", "element_id")
                      .key("elementInstanceKey", "element_instance_key")
                      .key("messageKey", "message_key")
                      .string("messageName", "message_name")
                      .put("partitionId", 1)
                      .string("processDefinitionId", "bpmn_process_id")
                      .key("processDefinitionKey", "process_definition_key")
                      .key("processInstanceKey", "process_instance_key")
                      .key("subscriptionKey", "subscription_key")
                      .string("tenantId", "tenant_id")
                      .node())
          .build();

  private final SearchExecutor search;

  MessageSubscriptionQueryController(SearchExecutor search) {
    this.search = search;
  }

  @PostMapping(
      path = "/v2/message-subscriptions/search",
      produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode searchSubscriptions(@RequestBody(required = false) JsonNode request) {
    return search.search(SUBSCRIPTIONS, request);
  }

  @PostMapping(
      path = "/v2/correlated-message-subscriptions/search",
      produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode searchCorrelations(@RequestBody(required = false) JsonNode request) {
    return search.search(CORRELATIONS, request);
  }
}
