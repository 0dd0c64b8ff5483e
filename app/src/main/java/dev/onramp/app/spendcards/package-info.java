/**
 * Weekly Cloud Spend Cards: every Monday Agent Bill writes one card per Live workload for the week
 * before (process {@code Process_WeeklySpendCards}); the Product Owner approves or disputes it and
 * the Portfolio owner reviews a dispute. Figures come from attribution, provisional until the
 * week's billing data is complete.
 */
package dev.onramp.app.spendcards;
