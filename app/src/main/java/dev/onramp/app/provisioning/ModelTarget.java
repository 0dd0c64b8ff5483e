package dev.onramp.app.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Bedrock resources a workload may invoke (aws-reference.md §2.2, §2.4): the id it passes as
 * {@code modelId}, the inference profile, and the foundation-model ARNs the profile reaches.
 *
 * @param invokeId what the application passes as {@code modelId}: the profile id when there is one
 *     (Claude 4.5-class models are only invoked through a profile), else the model id or endpoint
 *     ARN
 * @param sourceModelArn the foundation model in the approved region
 * @param modelArns every foundation-model ARN the policy allows: one per region of a geographic
 *     profile, the source region plus the region-less ARN of a global profile
 * @param regionlessModelArn {@code arn:aws:bedrock:::foundation-model/<id>}, for global profiles
 *     only
 */
record ModelTarget(
    Kind kind,
    String invokeId,
    String profileArn,
    String sourceModelArn,
    List<String> modelArns,
    String regionlessModelArn) {

  enum Kind {
    /** The model in the approved region, no profile. */
    IN_REGION,
    /** A geographic profile ({@code us.}, {@code eu.}…) routing to a fixed set of regions. */
    GEOGRAPHIC,
    /** A {@code global.} profile routing to any commercial region. */
    GLOBAL,
    /** A Bedrock Marketplace model deployed on a dedicated endpoint. */
    MARKETPLACE_ENDPOINT
  }

  static ModelTarget of(ProvisioningSpec spec) {
    String region = spec.region();
    String modelId = spec.modelId();
    if (spec.isMarketplaceEndpoint()) {
      return new ModelTarget(Kind.MARKETPLACE_ENDPOINT, modelId, null, null, List.of(), null);
    }
    String sourceModelArn = foundationModelArn(region, modelId);
    if (!spec.usesInferenceProfile()) {
      return new ModelTarget(
          Kind.IN_REGION, modelId, null, sourceModelArn, List.of(sourceModelArn), null);
    }
    String profileArn =
        "arn:aws:bedrock:"
            + region
            + ":"
            + spec.accountId()
            + ":inference-profile/"
            + spec.profileId();
    if (spec.profileId().startsWith("global.")) {
      String regionless = foundationModelArn("", modelId);
      return new ModelTarget(
          Kind.GLOBAL,
          spec.profileId(),
          profileArn,
          sourceModelArn,
          List.of(sourceModelArn, regionless),
          regionless);
    }
    // The source region serves the profile too; list it first, then the profile's destinations.
    Set<String> regions = new LinkedHashSet<>();
    regions.add(region);
    regions.addAll(spec.profileRegions());
    List<String> arns = new ArrayList<>();
    regions.forEach(r -> arns.add(foundationModelArn(r, modelId)));
    return new ModelTarget(
        Kind.GEOGRAPHIC, spec.profileId(), profileArn, sourceModelArn, List.copyOf(arns), null);
  }

  private static String foundationModelArn(String region, String modelId) {
    return "arn:aws:bedrock:" + region + "::foundation-model/" + modelId;
  }
}
