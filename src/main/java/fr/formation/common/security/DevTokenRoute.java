package fr.formation.common.security;

import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.profile.IfBuildProfile;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * {@code GET /dev/tokens}: an admin token and a viewer token, signed with the dev key, ready to paste into GraphiQL's
 * request headers. Exists only in dev mode: the bean is removed from any other build.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DevTokenRoute {

    private static final Duration VALIDITY = Duration.ofHours(12);

    void register(@Observes Router router) {
        router.get("/dev/tokens").handler(context -> {
            String admin = DevSigningKeys.token("dev-admin", "dev.admin", Set.of(Roles.ADMIN), VALIDITY);
            String viewer = DevSigningKeys.token("dev-viewer", "dev.viewer", Set.of(Roles.VIEWER), VALIDITY);
            context.json(new JsonObject()
                    .put("howTo", "Paste one of the headers objects into GraphiQL's Headers tab (valid 12 hours).")
                    .put("adminHeaders", new JsonObject().put("Authorization", "Bearer " + admin))
                    .put("viewerHeaders", new JsonObject().put("Authorization", "Bearer " + viewer)));
        });
    }
}
