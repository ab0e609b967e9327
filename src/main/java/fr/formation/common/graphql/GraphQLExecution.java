package fr.formation.common.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;

/**
 * Sets up how SmallRye GraphQL executes requests (it fires the builder as a CDI event): the request limits of
 * {@link GraphQLLimits}, and an {@code extensions.code} on every error. This replaces SmallRye's own instrumentation,
 * which would only hold the depth and complexity limits (quarkus.smallrye-graphql.instrumentation-query-*, unused).
 */
@ApplicationScoped
public class GraphQLExecution {

    @Inject
    GraphQLLimits limits;

    void configure(@Observes GraphQL.Builder builder) {
        builder.instrumentation(new ChainedInstrumentation(List.of(
                new MaxQueryDepthInstrumentation(limits.maxDepth()),
                new MaxQueryComplexityInstrumentation(limits.maxComplexity()),
                new RootFieldLimitInstrumentation(limits.maxRootFields()),
                new ErrorCodeInstrumentation())));
    }
}
