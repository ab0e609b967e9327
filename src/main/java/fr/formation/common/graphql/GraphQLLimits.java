package fr.formation.common.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What one GraphQL request may ask for, so that no request can make the server do unbounded work. */
@ConfigMapping(prefix = "app.graphql")
public interface GraphQLLimits {

    /** The deepest nesting of selections; GraphiQL's full introspection query needs 13. */
    @WithDefault("15")
    int maxDepth();

    /** The most fields in one operation, each selection counting 1; the introspection query has about 200. */
    @WithDefault("1000")
    int maxComplexity();

    /** The most root fields in one operation, aliases included: each root field is a separate query or mutation. */
    @WithDefault("20")
    int maxRootFields();
}
