package dev.onramp.app.catalog;

import java.util.List;

/**
 * How an approved workload invokes its model from one region.
 *
 * @param profileId the inference-profile id ({@code us.anthropic…}, {@code global.anthropic…}), or
 *     {@code null} for {@link InferenceProfileType#IN_REGION}, where the bare model id is invoked
 * @param profileRegions the regions the request may be served in, whose foundation-model ARNs the
 *     permission policy must allow: the profile's destination regions for {@code GEOGRAPHIC}; just
 *     the source region for {@code IN_REGION}, and for {@code GLOBAL}, whose further destinations
 *     are not enumerable and are covered by the region-less model ARN ({@code aws-reference.md}
 *     §2.4)
 */
public record InferenceProfile(
    String modelId, InferenceProfileType type, String profileId, List<String> profileRegions) {

  /** What the application passes as {@code modelId} to Bedrock: the profile id, else the model. */
  public String invocationId() {
    return profileId != null ? profileId : modelId;
  }
}
