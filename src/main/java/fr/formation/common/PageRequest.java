package fr.formation.common;

/**
 * The validated {@code first} and {@code after} of a connection.
 *
 * @param first    how many rows the page holds at most
 * @param afterPk  the primary key of the row the previous page ended with, or null for the first page
 */
public record PageRequest(int first, Long afterPk) {

    public static final int DEFAULT_FIRST = 20;
    /** The largest page a client may ask for; documented in the README. */
    public static final int MAX_FIRST = 100;

    public static PageRequest of(String connection, Integer first, String after) {
        int size = first == null ? DEFAULT_FIRST : first;
        if (size < 0 || size > MAX_FIRST) {
            throw ApiException.invalidArgument("first", "must be between 0 and " + MAX_FIRST + ", was " + size);
        }
        return new PageRequest(size, Cursor.decode(connection, after));
    }
}
