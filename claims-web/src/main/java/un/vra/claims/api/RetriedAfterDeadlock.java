package un.vra.claims.api;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A request's work done again, whole, when the database rolled its transaction back to end a deadlock
 * ({@link DeadlockRetryInterceptor}). Only for work outside any transaction that calls at most one service method that
 * writes: the retry repeats every call the work makes.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface RetriedAfterDeadlock {}
