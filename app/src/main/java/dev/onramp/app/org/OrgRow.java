package dev.onramp.app.org;

import java.util.List;

/**
 * One node as an import file describes it, before validation.
 *
 * @param line where the row (CSV) or the list entry (YAML) starts, counted from 1
 * @param level as written: E1–E4 or the level's name
 * @param parent the parent's key; blank for a Business Unit
 */
record OrgRow(
    int line, String key, String level, String name, String parent, List<String> owners) {}
