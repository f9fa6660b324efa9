/**
 * Work that outlasts a request, started by an administrator and followed by its id: the reminder run on demand, the
 * rebuild and the drift check of the maintained measures.
 */
package un.vra.claims.jobs;
