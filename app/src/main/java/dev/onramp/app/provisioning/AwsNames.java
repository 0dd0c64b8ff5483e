package dev.onramp.app.provisioning;

/**
 * The shapes AWS accepts for the identifiers a request or an approval carries ({@code
 * aws-reference.md} §4), as regular expressions usable in {@code @Pattern} and in forms.
 */
public final class AwsNames {

  /** Exactly 12 digits; leading zeros allowed, so always kept as a string. */
  public static final String ACCOUNT_ID = "^\\d{12}$";

  /** A region code of the aws partition, e.g. {@code us-east-1}. */
  public static final String REGION = "^(us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\\d+$";

  /** An IAM role or user ARN a custom runtime assumes the workload role from. */
  public static final String PRINCIPAL_ARN =
      "^arn:aws(-cn|-us-gov)?:iam::\\d{12}:(role|user)/[\\w+=,.@/-]{1,512}$";

  /** IAM role name: 1–64 characters of {@code [\w+=,.@-]}. */
  public static final String ROLE_NAME = "^[\\w+=,.@-]{1,64}$";

  /** sts:ExternalId: 2–1,224 characters, alphanumeric plus {@code +=,.@:/-}. */
  public static final String EXTERNAL_ID = "^[\\w+=,.@:/-]{2,1224}$";

  private AwsNames() {}
}
