package fr.formation.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Relay global ids: base64url of {@code Type:primaryKey}. Opaque to clients, unique across all types.
 *
 * @param type the GraphQL type name
 * @param pk   the primary key in that type's table
 */
public record GlobalId(String type, long pk) {

    /** Upper bound on an id argument: no valid id is anywhere near this long. */
    private static final int MAX_LENGTH = 100;

    public static String of(String type, long pk) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ':' + pk).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes an id of any type; fails naming the argument when it is not one of ours. */
    public static GlobalId parse(String argument, String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            throw invalid(argument, "is not a valid id");
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(argument, "is not a valid id");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw invalid(argument, "is not a valid id");
        }
        try {
            long pk = Long.parseLong(decoded.substring(colon + 1));
            if (pk <= 0) {
                throw invalid(argument, "is not a valid id");
            }
            return new GlobalId(decoded.substring(0, colon), pk);
        } catch (NumberFormatException e) {
            throw invalid(argument, "is not a valid id");
        }
    }

    /** Decodes an id that must be of the given type, and returns its primary key. */
    public static long parse(String argument, String id, String expectedType) {
        GlobalId globalId = parse(argument, id);
        if (!globalId.type().equals(expectedType)) {
            throw invalid(argument, "is not the id of a " + expectedType);
        }
        return globalId.pk();
    }

    private static ApiException invalid(String argument, String problem) {
        return new ApiException(ErrorCodes.INVALID_ID, "Argument '" + argument + "' " + problem);
    }
}
