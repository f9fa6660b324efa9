package un.vra.claims.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON provider, looked up once. Each {@code Json.createReader}, {@code createParser} or {@code
 * createObjectBuilder} looks the provider up anew through the service loader, which asks every class loader of the
 * EAR for its resources: about 4 % of a registration's CPU under load (JFR, {@code POST /claims} with 8
 * connections, 2026-12-04), and the same on every claim read that reads its timeline's details. A provider is safe
 * to share between threads.
 */
public final class JsonProviders {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {}
}
