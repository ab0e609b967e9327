package fr.formation.common.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;

/**
 * Gives every error of a response an {@code extensions.code}. Resolver errors carry theirs already (see
 * {@code ErrorBoundaryInterceptor}); this covers what graphql-java reports itself: syntax and validation errors, and
 * the depth and complexity limits.
 */
class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> coded = result.getErrors().stream().map(ErrorCodeInstrumentation::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(coded)));
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching
                || (error.getExtensions() != null && error.getExtensions().containsKey("code"))) {
            return error;
        }
        Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put("code", codeOf(error));
        if (error instanceof ValidationError validation) {
            return ValidationError.newValidationError()
                    .validationErrorType(validation.getValidationErrorType())
                    .description(validation.getDescription())
                    .sourceLocations(validation.getLocations())
                    .queryPath(validation.getQueryPath())
                    .extensions(extensions)
                    .build();
        }
        return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                .path(error.getPath()).errorType(error.getErrorType()).extensions(extensions).build();
    }

    private static String codeOf(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        if (error instanceof InvalidSyntaxError || type == ErrorType.InvalidSyntax) {
            return "GRAPHQL_PARSE_FAILED";
        }
        if (error instanceof ValidationError || type == ErrorType.ValidationError) {
            return "GRAPHQL_VALIDATION_FAILED";
        }
        String message = error.getMessage() == null ? "" : error.getMessage();
        if (message.startsWith("maximum query depth exceeded")) {
            return "QUERY_TOO_DEEP";
        }
        if (message.startsWith("maximum query complexity exceeded")) {
            return "QUERY_TOO_COMPLEX";
        }
        return "INTERNAL_ERROR";
    }
}
