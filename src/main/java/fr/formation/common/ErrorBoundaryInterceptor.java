package fr.formation.common;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.jboss.logging.Logger;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Gives every failure of a resolver a code: a refused role becomes FORBIDDEN, a missing identity UNAUTHENTICATED, and
 * any other exception than an {@link ApiException} INTERNAL_ERROR. SmallRye GraphQL would otherwise derive
 * {@code extensions.code} from the exception's class name (e.g. "generic-j-d-b-c"), telling a client what failed
 * inside the server.
 */
@ErrorBoundary
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class ErrorBoundaryInterceptor {

    private static final Logger LOG = Logger.getLogger(ErrorBoundaryInterceptor.class);

    @AroundInvoke
    Object translate(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (ApiException expected) {
            throw expected;
        } catch (UnauthorizedException e) {
            throw new ApiException(ErrorCodes.UNAUTHENTICATED, "A valid bearer token is required");
        } catch (ForbiddenException e) {
            throw new ApiException(ErrorCodes.FORBIDDEN, "Your role does not allow this; it needs the admin role");
        } catch (RuntimeException unexpected) {
            String operation = context.getMethod().getDeclaringClass().getSimpleName() + "." + context.getMethod().getName();
            if (DatabaseFailures.isUnavailable(unexpected)) {
                LOG.warnf("%s: the database is unavailable (%s)", operation, unexpected.getMessage());
                throw new ApiException(ErrorCodes.DATABASE_UNAVAILABLE,
                        "The database is unavailable; nothing was changed. Try again in a moment");
            }
            LOG.errorf(unexpected, "%s failed", operation);
            throw new ApiException(ErrorCodes.INTERNAL_ERROR, "Internal error");
        }
    }
}
