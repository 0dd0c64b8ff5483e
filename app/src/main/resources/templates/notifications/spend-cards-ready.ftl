Spend cards for the week of ${weekStart}
Agent Bill wrote ${count} Cloud Spend <#if count == 1>Card<#else>Cards</#if> for the week of ${weekStart} (Monday to Sunday, UTC) for workloads of your products. Approve each, or dispute it with a reason.
