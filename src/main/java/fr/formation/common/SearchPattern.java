package fr.formation.common;

import java.util.Locale;

/** Case-insensitive "contains" search for SQL LIKE. */
public final class SearchPattern {

    private SearchPattern() {
    }

    /**
     * A lower-case LIKE pattern (escape character {@code \}) matching the text anywhere, with LIKE's wildcards
     * escaped so that a search for "100%" finds "100%" and nothing else. Null or blank text means no filter (null).
     */
    public static String contains(String argument, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > maxLength) {
            throw ApiException.invalidArgument(argument, "must be at most " + maxLength + " characters");
        }
        String escaped = trimmed.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
