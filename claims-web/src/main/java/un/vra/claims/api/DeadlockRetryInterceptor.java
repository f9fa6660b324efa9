package un.vra.claims.api;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import un.vra.claims.web.http.DeadlockRetries;

/**
 * Does the work of a method marked {@link RetriedAfterDeadlock} again when the database ended its transaction to
 * end a deadlock ({@link DeadlockRetries}). Serializable, as the interceptor of view-scoped page beans too.
 */
@RetriedAfterDeadlock
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class DeadlockRetryInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @AroundInvoke
    public Object retried(InvocationContext invocation) throws Exception {
        return DeadlockRetries.retried(
                invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                        + invocation.getMethod().getName(),
                invocation::proceed);
    }
}
