package fr.formation.common;

import java.util.List;
import java.util.function.ToLongFunction;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Where a page stands in its connection (Relay). */
@Description("Where a page stands in its connection (Relay cursor connections).")
public record PageInfo(
        @NonNull @Description("True when more rows follow this page; pass endCursor as `after` to get them.") boolean hasNextPage,
        @NonNull @Description("True when rows precede this page (it was asked for with `after`).") boolean hasPreviousPage,
        @Description("The cursor of the first row of the page; null when the page is empty.") String startCursor,
        @Description("The cursor of the last row of the page; null when the page is empty.") String endCursor) {

    /**
     * Builds the page info from the rows read with one row more than asked: that extra row only tells that the
     * connection goes on. Returns the rows of the page itself in {@code pageRows}.
     */
    public static <T> PageInfo of(String connection, PageRequest request, List<T> rowsPlusOne, ToLongFunction<T> pk) {
        boolean hasNext = rowsPlusOne.size() > request.first();
        List<T> page = hasNext ? rowsPlusOne.subList(0, request.first()) : rowsPlusOne;
        String start = page.isEmpty() ? null : Cursor.encode(connection, pk.applyAsLong(page.get(0)));
        String end = page.isEmpty() ? null : Cursor.encode(connection, pk.applyAsLong(page.get(page.size() - 1)));
        return new PageInfo(hasNext, request.afterPk() != null, start, end);
    }
}
