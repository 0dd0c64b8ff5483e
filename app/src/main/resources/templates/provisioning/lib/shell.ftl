<#--
  Shell quoting for values people typed (workload and product names, tags, descriptions): one
  single-quoted word, each ' inside written as '\'' , so the shell expands nothing in it.
-->
<#function q value>
  <#return "'" + value?replace("'", "'\\''") + "'">
</#function>
