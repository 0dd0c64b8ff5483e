/**
 * Which AI models the organisation may use, where, and at what price: the model catalog with its
 * FinOps governance (approved, restricted to accounts and regions, blocked), the inference profiles
 * each model offers per region, and the pricing behind the FA Confirmed Estimate.
 *
 * <p>Facts about models (providers, regions, inference profiles) ship with the app in {@code
 * catalog/models.json} and are refreshed from it at every start; governance belongs to the FinOps
 * Leads and is kept in the database. Prices come from a {@link
 * dev.onramp.app.catalog.PricingSource}: today the bundled, dated {@code
 * catalog/pricing-snapshot.json}, and every estimate names the source and date it was computed
 * from.
 */
package dev.onramp.app.catalog;
