package dev.onramp.app.catalog;

import java.util.List;

/**
 * The {@code global.} inference profile of one model: callable from its source regions, served in
 * any commercial region AWS chooses (so it has no fixed destination list; the permission policy
 * allows the region-less model ARN instead, {@code aws-reference.md} §2.4).
 */
public record GlobalProfile(String profileId, List<String> sourceRegions) {}
