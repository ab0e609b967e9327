package fr.formation.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors. A cursor names the last row of a page by its primary key; the next page's query reads that
 * row's sort key back, so rows inserted meanwhile never shift a page the way offsets would.
 */
public final class Cursor {

    private static final int MAX_LENGTH = 100;

    private Cursor() {
    }

    public static String encode(String connection, long pk) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("cursor:" + connection + ':' + pk).getBytes(StandardCharsets.UTF_8));
    }

    /** The primary key the cursor names, or null when there is no cursor. */
    public static Long decode(String connection, String after) {
        if (after == null) {
            return null;
        }
        String prefix = "cursor:" + connection + ':';
        try {
            if (after.length() > MAX_LENGTH) {
                throw invalid();
            }
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (!decoded.startsWith(prefix)) {
                throw invalid();
            }
            long pk = Long.parseLong(decoded.substring(prefix.length()));
            if (pk <= 0) {
                throw invalid();
            }
            return pk;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return new ApiException(ErrorCodes.INVALID_CURSOR,
                "Argument 'after' is not a cursor of this connection; pass an endCursor it returned");
    }
}
