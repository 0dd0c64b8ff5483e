package dev.onramp.app.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One row of a cross-region inference profile: a request sent from {@code sourceRegion} through
 * profile {@code prefix.modelId} may be served in {@code destinationRegion}. A global profile has
 * one row per source region, with the source as its destination (its other destinations are not
 * enumerable).
 */
@Embeddable
record ProfileRoute(
    @Enumerated(EnumType.STRING) @Column(name = "profile_type", nullable = false)
        InferenceProfileType profileType,
    @Column(name = "prefix", nullable = false) String prefix,
    @Column(name = "source_region", nullable = false) String sourceRegion,
    @Column(name = "destination_region", nullable = false) String destinationRegion) {}
