package un.vra.claims.it;

import java.util.function.IntFunction;

/** Failing sign-ins on purpose, as a guesser would, without ever being refused for going too fast. */
final class Throttling {

    private Throttling() {}

    /**
     * Sends wrong credentials (the {@code i}-th attempt from {@code attempt.apply(i)}) until {@code checked} of them
     * were checked and refused (401), waiting out each delay it is told of (429 and {@code Retry-After}). The last
     * failure then starts a delay of 2^(checked - 5) seconds. Returns how many attempts were refused unread.
     */
    static int failChecked(IntFunction<ApiClient> attempt, String path, int checked) throws InterruptedException {
        int failures = 0;
        int refused = 0;
        for (int i = 0; failures < checked; i++) {
            ApiClient.Reply reply = attempt.apply(i).get(path);
            if (reply.status() == 429) {
                refused++;
                Thread.sleep(Long.parseLong(reply.header("Retry-After")) * 1000);
            } else if (reply.status() == 401) {
                failures++;
            } else {
                throw new AssertionError("a wrong password got " + reply.status());
            }
        }
        return refused;
    }
}
