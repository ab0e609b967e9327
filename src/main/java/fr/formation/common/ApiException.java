package fr.formation.common;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * An expected failure of a query (not found, bad argument): its message is written for the client and its code
 * becomes {@code extensions.code}. It is the only exception whose message reaches a client (see
 * {@code quarkus.smallrye-graphql.show-runtime-exception-message}); every other one is reported as an internal error.
 */
public class ApiException extends RuntimeException implements GraphQLError {

    private final String code;

    public ApiException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ApiException invalidArgument(String argument, String problem) {
        return new ApiException(ErrorCodes.INVALID_ARGUMENT, "Argument '" + argument + "' " + problem);
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("code", code);
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return null;
    }
}
