/** Rules over the whole module: its layers and the dependencies between its packages. */
package un.vra.claims;
