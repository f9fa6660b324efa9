/** Rules over the back office's web module and the shared web layer: what of the EJB module they may use. */
package un.vra.claims;
