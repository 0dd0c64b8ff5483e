package dev.onramp.app.catalog;

import java.util.List;

/**
 * A system-defined geographic inference profile of one model: called from any of its source
 * regions, it serves the request in one of its destination regions, all within one geography.
 *
 * @param prefix the geography, e.g. {@code us}, {@code eu}, {@code apac}, {@code jp}
 * @param profileId {@code <prefix>.<modelId>}, the id the application invokes
 */
public record GeographicProfile(
    String prefix, String profileId, List<String> sourceRegions, List<String> destinationRegions) {}
