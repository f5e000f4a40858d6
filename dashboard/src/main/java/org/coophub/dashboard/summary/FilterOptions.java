package org.coophub.dashboard.summary;

import java.util.List;

/** {@code GET /api/filters}: what the page's filter menus offer. */
public record FilterOptions(List<Party> parties, List<String> groups, List<String> types, List<String> months) {

    /** A party of the directory, or one requests were sent to (then its name is its code). */
    public record Party(String code, String name, String regionalGroup) {}
}
