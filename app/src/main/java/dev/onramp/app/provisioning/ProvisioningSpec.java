package dev.onramp.app.provisioning;

import dev.onramp.app.web.InvalidFieldException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything the generator needs about one approved request: the Product Owner's workload and
 * runtime, and the FinOps Lead's platform, account, region, model, inference profile and role name.
 * Every value ends up in shell commands and JSON policies, so the constructor refuses anything AWS
 * would refuse, naming the field as the approval form does ({@link InvalidFieldException}).
 *
 * @param shortId the 4-character id fixed when the request was created
 * @param customPrincipalArn the role or user that assumes the workload role; only for {@link
 *     RequestorRuntime#CUSTOM_PRINCIPAL}, ignored otherwise
 * @param externalId optional {@code sts:ExternalId} the custom principal must present
 * @param modelId Bedrock model id (e.g. {@code anthropic.claude-sonnet-4-5-20250929-v1:0}); for
 *     {@link Platform#MARKETPLACE} also a Marketplace endpoint ARN; for {@link
 *     Platform#CLAUDE_PLATFORM} the Claude API model name
 * @param profileId the system-defined inference profile the workload calls, {@code
 *     <geography>.<modelId>} (e.g. {@code us.…} or {@code global.…}); null for in-region calls
 * @param profileRegions the regions a geographic profile routes to (its {@code models[]}); the
 *     model is allowed in each of them, and only through the profile
 * @param workspaceName the Claude Platform workspace the FinOps Lead assigned
 * @param monthlySpendLimitUsd the workspace's monthly spend limit (Claude Platform); optional
 * @param tags cost-allocation tags added to the generated ones (e.g. {@code CostCenter})
 */
public record ProvisioningSpec(
    String workloadName,
    String shortId,
    String requestId,
    String productName,
    Platform platform,
    RequestorRuntime runtime,
    String customPrincipalArn,
    String externalId,
    String accountId,
    String region,
    String modelId,
    String profileId,
    List<String> profileRegions,
    String roleName,
    String workspaceName,
    BigDecimal monthlySpendLimitUsd,
    Map<String, String> tags) {

  private static final Pattern ACCOUNT_ID = Pattern.compile(AwsNames.ACCOUNT_ID);
  private static final Pattern REGION = Pattern.compile(AwsNames.REGION);
  private static final Pattern PRINCIPAL_ARN = Pattern.compile(AwsNames.PRINCIPAL_ARN);
  private static final Pattern EXTERNAL_ID = Pattern.compile(AwsNames.EXTERNAL_ID);
  private static final Pattern SHORT_ID = Pattern.compile("^[a-z0-9]{4}$");
  private static final Pattern BEDROCK_MODEL_ID =
      Pattern.compile("^[a-z0-9-]{1,63}\\.[a-z0-9.-]{1,127}(:[a-z0-9-]{1,63}){0,2}$");
  private static final Pattern CLAUDE_MODEL_ID = Pattern.compile("^[a-z0-9][a-z0-9.:-]{0,127}$");
  private static final Pattern MARKETPLACE_ENDPOINT_ARN =
      Pattern.compile(
          "^arn:aws:sagemaker:([a-z0-9-]+):(\\d{12}):endpoint/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$");
  private static final Pattern PROFILE_PREFIX = Pattern.compile("^[a-z]{2,10}$");
  private static final Pattern PRINTABLE = Pattern.compile("^[^\\p{Cntrl}]+$");
  private static final Pattern TAG_KEY = Pattern.compile("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,128}$");
  private static final int MAX_EXTRA_TAGS = 40;

  public ProvisioningSpec {
    require("workloadName", workloadName);
    require("requestId", requestId);
    require("productName", productName);
    requireThat(
        "shortId",
        shortId != null && SHORT_ID.matcher(shortId).matches(),
        "must be 4 lower-case letters or digits");
    requireThat("platform", platform != null, "is required");
    requireThat("runtime", runtime != null, "is required");
    requireThat(
        "accountId",
        accountId != null && ACCOUNT_ID.matcher(accountId).matches(),
        "must be exactly 12 digits");
    requireThat(
        "region",
        region != null && REGION.matcher(region).matches(),
        "must be an AWS region code such as us-east-1");
    RoleNames.validate(roleName)
        .ifPresent(
            problem -> {
              throw new InvalidFieldException("roleName", problem);
            });
    if (runtime == RequestorRuntime.CUSTOM_PRINCIPAL) {
      requireThat(
          "customPrincipalArn",
          customPrincipalArn != null && PRINCIPAL_ARN.matcher(customPrincipalArn).matches(),
          "must be the ARN of an IAM role or user, e.g. arn:aws:iam::123456789012:role/ci");
      requireThat(
          "externalId",
          externalId == null || EXTERNAL_ID.matcher(externalId).matches(),
          "must be 2–1,224 letters, digits or + = , . @ : / -");
    } else {
      customPrincipalArn = null;
      externalId = null;
    }
    requireModel(platform, modelId, accountId, region);
    profileRegions = profileRegions == null ? List.of() : List.copyOf(profileRegions);
    if (platform == Platform.CLAUDE_PLATFORM) {
      require("workspaceName", workspaceName);
      requireThat(
          "workspaceName", workspaceName.length() <= 255, "must have at most 255 characters");
      profileId = null;
      profileRegions = List.of();
    } else {
      requireProfile(profileId, profileRegions, modelId);
    }
    requireThat(
        "monthlySpendLimitUsd",
        monthlySpendLimitUsd == null || monthlySpendLimitUsd.signum() >= 0,
        "must not be negative");
    tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    requireThat(
        "tags", tags.size() <= MAX_EXTRA_TAGS, "must hold at most " + MAX_EXTRA_TAGS + " tags");
    tags.keySet()
        .forEach(
            key ->
                requireThat(
                    "tags",
                    key != null
                        && TAG_KEY.matcher(key).matches()
                        && !key.toLowerCase(Locale.ROOT).startsWith("aws:"),
                    "tag key '" + key + "' is not a valid IAM tag key"));
  }

  /** Whether the workload calls its model through an inference profile. */
  public boolean usesInferenceProfile() {
    return profileId != null;
  }

  /** Whether the Marketplace model is a dedicated endpoint rather than a serverless model. */
  public boolean isMarketplaceEndpoint() {
    return platform == Platform.MARKETPLACE && modelId.startsWith("arn:");
  }

  private static void requireModel(
      Platform platform, String modelId, String account, String region) {
    require("modelId", modelId);
    if (platform == Platform.CLAUDE_PLATFORM) {
      requireThat(
          "modelId",
          CLAUDE_MODEL_ID.matcher(modelId).matches(),
          "must be a Claude model name such as claude-sonnet-4-5");
      return;
    }
    if (platform == Platform.MARKETPLACE && modelId.startsWith("arn:")) {
      var endpoint = MARKETPLACE_ENDPOINT_ARN.matcher(modelId);
      requireThat(
          "modelId",
          endpoint.matches(),
          "must be a Bedrock model id or a Marketplace endpoint ARN (arn:aws:sagemaker:…:endpoint/…)");
      requireThat(
          "modelId",
          endpoint.group(1).equals(region) && endpoint.group(2).equals(account),
          "the endpoint must be in the approved account and region");
      return;
    }
    requireThat(
        "modelId",
        BEDROCK_MODEL_ID.matcher(modelId).matches(),
        "must be a Bedrock model id such as anthropic.claude-sonnet-4-5-20250929-v1:0");
  }

  private static void requireProfile(String profileId, List<String> regions, String modelId) {
    if (profileId == null) {
      return;
    }
    int dot = profileId.indexOf('.');
    requireThat(
        "inferenceProfileType",
        dot > 0
            && PROFILE_PREFIX.matcher(profileId.substring(0, dot)).matches()
            && profileId.substring(dot + 1).equals(modelId),
        "the inference profile '" + profileId + "' must be <geography>." + modelId);
    boolean global = profileId.startsWith("global.");
    requireThat(
        "inferenceProfileType",
        global || !regions.isEmpty(),
        "a geographic inference profile needs the regions it routes to");
    regions.forEach(
        r ->
            requireThat(
                "inferenceProfileType",
                r != null && REGION.matcher(r).matches(),
                "the profile region '" + r + "' is not an AWS region code"));
  }

  private static void require(String field, String value) {
    requireThat(field, value != null && !value.isBlank(), "is required");
    requireThat(field, PRINTABLE.matcher(value).matches(), "must not contain control characters");
  }

  private static void requireThat(String field, boolean ok, String message) {
    if (!ok) {
      throw new InvalidFieldException(field, message);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a spec field by field; the record's constructor validates on {@link #build()}. */
  public static final class Builder {
    private String workloadName;
    private String shortId;
    private String requestId;
    private String productName;
    private Platform platform;
    private RequestorRuntime runtime;
    private String customPrincipalArn;
    private String externalId;
    private String accountId;
    private String region;
    private String modelId;
    private String profileId;
    private List<String> profileRegions = List.of();
    private String roleName;
    private String workspaceName;
    private BigDecimal monthlySpendLimitUsd;
    private Map<String, String> tags = Map.of();

    private Builder() {}

    public Builder workloadName(String v) {
      workloadName = v;
      return this;
    }

    public Builder shortId(String v) {
      shortId = v;
      return this;
    }

    public Builder requestId(String v) {
      requestId = v;
      return this;
    }

    public Builder productName(String v) {
      productName = v;
      return this;
    }

    public Builder platform(Platform v) {
      platform = v;
      return this;
    }

    public Builder runtime(RequestorRuntime v) {
      runtime = v;
      return this;
    }

    public Builder customPrincipalArn(String v) {
      customPrincipalArn = v;
      return this;
    }

    public Builder externalId(String v) {
      externalId = v;
      return this;
    }

    public Builder accountId(String v) {
      accountId = v;
      return this;
    }

    public Builder region(String v) {
      region = v;
      return this;
    }

    public Builder modelId(String v) {
      modelId = v;
      return this;
    }

    /** The system-defined inference profile and the regions it routes to; null for in-region. */
    public Builder inferenceProfile(String id, List<String> regions) {
      profileId = id;
      profileRegions = regions;
      return this;
    }

    public Builder roleName(String v) {
      roleName = v;
      return this;
    }

    public Builder workspaceName(String v) {
      workspaceName = v;
      return this;
    }

    public Builder monthlySpendLimitUsd(BigDecimal v) {
      monthlySpendLimitUsd = v;
      return this;
    }

    public Builder tags(Map<String, String> v) {
      tags = v;
      return this;
    }

    public ProvisioningSpec build() {
      return new ProvisioningSpec(
          workloadName,
          shortId,
          requestId,
          productName,
          platform,
          runtime,
          customPrincipalArn,
          externalId,
          accountId,
          region,
          modelId,
          profileId,
          profileRegions,
          roleName,
          workspaceName,
          monthlySpendLimitUsd,
          tags);
    }
  }
}
