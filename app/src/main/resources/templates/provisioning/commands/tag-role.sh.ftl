aws iam tag-role --role-name ${roleName} --tags \
<#list tags as tag>
  ${sh.q("Key=" + tag.key + ",Value=" + tag.value)}<#sep> \</#sep>
</#list>
