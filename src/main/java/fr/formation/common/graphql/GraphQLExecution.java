package fr.formation.common.graphql;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import io.smallrye.graphql.spi.EventingService;

/**
 * Sets up how SmallRye GraphQL executes requests with {@link RequestGuardInstrumentation}: the request limits
 * (app.graphql.max-depth, max-complexity and max-root-fields, documented in application.properties), and an
 * {@code extensions.code} on every error. It replaces SmallRye's own instrumentation, which would only hold the depth
 * and complexity limits (quarkus.smallrye-graphql.instrumentation-query-*, unused).
 * <p>
 * A SmallRye eventing service (META-INF/services), enabled by {@code app.graphql.execution-setup}, rather than a CDI
 * observer of the builder: CDI events would also be fired for every field of every response, which costs time on
 * large pages and serves nothing here.
 */
public class GraphQLExecution implements EventingService {

    @Override
    public String getConfigKey() {
        return "app.graphql.execution-setup";
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Config config = ConfigProvider.getConfig();
        return builder.instrumentation(new RequestGuardInstrumentation(
                config.getValue("app.graphql.max-root-fields", Integer.class),
                config.getValue("app.graphql.max-depth", Integer.class),
                config.getValue("app.graphql.max-complexity", Integer.class)));
    }
}
