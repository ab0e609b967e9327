package fr.formation.common.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import fr.formation.common.ErrorCodes;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;

/**
 * The one instrumentation of every request, so that graphql-java's per-field hooks stay on their fast path (a chain
 * of instrumentations costs allocations on every field of every response):
 * <ul>
 * <li>before an operation runs, refuses it when it has more root fields, more depth or more fields than allowed
 * (TOO_MANY_ROOT_FIELDS, QUERY_TOO_DEEP, QUERY_TOO_COMPLEX);</li>
 * <li>gives every error of the response an {@code extensions.code}. Resolver errors carry theirs already (see
 * {@code ErrorBoundaryInterceptor}); this covers what graphql-java reports itself: syntax and validation errors.</li>
 * </ul>
 */
class RequestGuardInstrumentation extends SimplePerformantInstrumentation {

    private final int maxRootFields;
    private final int maxDepth;
    private final int maxFields;

    RequestGuardInstrumentation(int maxRootFields, int maxDepth, int maxFields) {
        this.maxRootFields = maxRootFields;
        this.maxDepth = maxDepth;
        this.maxFields = maxFields;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        int rootFields = execution.getOperationDefinition().getSelectionSet().getSelections().size();
        if (rootFields > maxRootFields) {
            throw new Refusal(ErrorCodes.TOO_MANY_ROOT_FIELDS, "An operation may have at most " + maxRootFields
                    + " root fields (aliases included); this one has " + rootFields);
        }
        int[] fields = { 0 };
        int[] depth = { 0 };
        QueryTraverser.newQueryTraverser().schema(execution.getGraphQLSchema()).document(execution.getDocument())
                .operationName(execution.getExecutionInput().getOperationName())
                .coercedVariables(execution.getCoercedVariables()).build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        fields[0]++;
                        int level = 1;
                        var parent = field.getParentEnvironment();
                        while (parent != null) {
                            level++;
                            parent = parent.getParentEnvironment();
                        }
                        depth[0] = Math.max(depth[0], level);
                    }
                });
        if (depth[0] > maxDepth) {
            throw new Refusal(ErrorCodes.QUERY_TOO_DEEP, "The query is " + depth[0] + " levels deep; at most "
                    + maxDepth + " are allowed");
        }
        if (fields[0] > maxFields) {
            throw new Refusal(ErrorCodes.QUERY_TOO_COMPLEX, "The query selects " + fields[0] + " fields; at most "
                    + maxFields + " are allowed");
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** A refused operation, with its code. */
    static final class Refusal extends AbortExecutionException {
        private final String code;

        Refusal(String code, String message) {
            super(message);
            this.code = code;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", code);
        }
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> coded = result.getErrors().stream().map(RequestGuardInstrumentation::withCode).toList();
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
            return ErrorCodes.GRAPHQL_PARSE_FAILED;
        }
        if (error instanceof ValidationError || type == ErrorType.ValidationError) {
            return ErrorCodes.GRAPHQL_VALIDATION_FAILED;
        }
        return ErrorCodes.INTERNAL_ERROR;
    }
}
