<#--
  The role's trust policy (AssumeRolePolicyDocument), one file per runtime as aws-reference.md §1
  gives it. trustRuntime is the requestor's runtime unless the platform dictates who assumes the
  role (AgentCore's execution role).
-->
<#include trustRuntime?lower_case?replace("_", "-") + ".json.ftl">
