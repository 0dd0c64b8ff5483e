<#--
  A role or user the Product Owner named. sts:TagSession lets the caller pass session tags (cost
  allocation per caller). With an external id, only a caller presenting it may assume the role.
  Without one (the request made it optional), the policy trusts exactly that principal ARN and
  nothing else: the id is what protects against a confused deputy at a third party, so the step's
  instructions warn when the principal lives in another account and no id was given.
-->
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"AWS": "${customPrincipalArn?json_string}"},
      "Action": ["sts:AssumeRole", "sts:TagSession"]<#if externalId??>,
      "Condition": {"StringEquals": {"sts:ExternalId": "${externalId?json_string}"}}</#if>
    }
  ]
}
