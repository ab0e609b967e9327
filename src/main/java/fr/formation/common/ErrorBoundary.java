package fr.formation.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Put on every {@code @GraphQLApi} class: an unexpected failure of a resolver reaches the client as
 * "Internal error" with code INTERNAL_ERROR, and is logged in full on the server (see {@link ErrorBoundaryInterceptor}).
 */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ErrorBoundary {
}
