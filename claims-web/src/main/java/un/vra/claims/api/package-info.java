/** The REST API under /claims/api: thin resources, record transfer objects, errors mapped once. */
package un.vra.claims.api;
