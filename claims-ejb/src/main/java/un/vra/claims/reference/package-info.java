/** Reference data: the UN Member States and the peace operations. */
package un.vra.claims.reference;
