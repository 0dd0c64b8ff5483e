package dev.onramp.app.provisioning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The variables every provisioning template sees: the spec's values under their own names plus what
 * is derived from them once, here, rather than in each template (ARNs, tags, names). Only maps,
 * lists, strings and booleans, so templates need no Java object access.
 */
final class TemplateModel {

  /** IAM descriptions accept tab, line breaks and U+0020–U+00FF except DEL and C1 controls. */
  private static final Pattern OUTSIDE_DESCRIPTION_CHARSET =
      Pattern.compile("[^\\t\\n\\r\\x20-\\x7E\\xA1-\\xFF]+");

  private static final int MAX_DESCRIPTION = 1000;

  private TemplateModel() {}

  static Map<String, Object> of(ProvisioningSpec spec, PlatformDescriptor descriptor) {
    Map<String, Object> model = new HashMap<>();
    RequestorRuntime trustRuntime =
        descriptor.trustRuntime() != null ? descriptor.trustRuntime() : spec.runtime();
    String roleArn = "arn:aws:iam::" + spec.accountId() + ":role/" + spec.roleName();

    model.put("workloadName", spec.workloadName());
    model.put("productName", spec.productName());
    model.put("runtime", spec.runtime().name());
    model.put("runtimeLabel", spec.runtime().label());
    model.put("trustRuntime", trustRuntime.name());
    model.put("accountId", spec.accountId());
    model.put("region", spec.region());
    model.put("modelId", spec.modelId());
    model.put("roleName", spec.roleName());
    model.put("roleArn", roleArn);
    model.put("roleDescription", description(spec));
    model.put("instanceProfileName", spec.roleName());
    model.put("tags", tagList(spec));
    putIfPresent(model, "customPrincipalArn", spec.customPrincipalArn());
    putIfPresent(model, "externalId", spec.externalId());
    if (spec.customPrincipalArn() != null) {
      String principalAccount = spec.customPrincipalArn().split(":")[4];
      model.put("principalInOtherAccount", !principalAccount.equals(spec.accountId()));
    }
    if (spec.platform() == Platform.CLAUDE_PLATFORM) {
      putClaudePlatform(model, spec);
    } else {
      model.put(
          "modelProvider", spec.modelId().substring(0, Math.max(0, spec.modelId().indexOf('.'))));
      model.put(
          "bedrockRuntimeEndpoint", "https://bedrock-runtime." + spec.region() + ".amazonaws.com");
      model.put("target", target(ModelTarget.of(spec)));
    }
    return model;
  }

  private static void putClaudePlatform(Map<String, Object> model, ProvisioningSpec spec) {
    // Secrets Manager names allow /_+=.@- but not the comma IAM role names may carry.
    String secretName = "onramp/" + spec.roleName().replace(',', '-') + "/anthropic-api-key";
    model.put("workspaceName", spec.workspaceName());
    if (spec.monthlySpendLimitUsd() != null) {
      model.put("monthlySpendLimitUsd", spec.monthlySpendLimitUsd().toPlainString());
    }
    model.put("secretName", secretName);
    // Secrets Manager appends "-" and 6 random characters to the name in the ARN.
    model.put(
        "secretArnPattern",
        "arn:aws:secretsmanager:"
            + spec.region()
            + ":"
            + spec.accountId()
            + ":secret:"
            + secretName
            + "-??????");
  }

  private static Map<String, Object> target(ModelTarget target) {
    Map<String, Object> map = new HashMap<>();
    map.put("kind", target.kind().name());
    map.put("invokeId", target.invokeId());
    map.put("modelArns", target.modelArns());
    putIfPresent(map, "profileArn", target.profileArn());
    putIfPresent(map, "sourceModelArn", target.sourceModelArn());
    putIfPresent(map, "regionlessModelArn", target.regionlessModelArn());
    return map;
  }

  private static List<Map<String, String>> tagList(ProvisioningSpec spec) {
    List<Map<String, String>> tags = new ArrayList<>();
    CostTags.of(spec).forEach((key, value) -> tags.add(Map.of("key", key, "value", value)));
    return tags;
  }

  /**
   * The role's IAM description; IAM refuses characters beyond Latin-1 there, so they are left out.
   */
  static String description(ProvisioningSpec spec) {
    String text =
        "Onramp workload "
            + spec.workloadName()
            + " ("
            + spec.productName()
            + "), request "
            + spec.requestId();
    String kept = OUTSIDE_DESCRIPTION_CHARSET.matcher(text).replaceAll("").replaceAll(" {2,}", " ");
    return kept.length() <= MAX_DESCRIPTION ? kept : kept.substring(0, MAX_DESCRIPTION);
  }

  private static void putIfPresent(Map<String, Object> model, String key, Object value) {
    if (value != null) {
      model.put(key, value);
    }
  }
}
