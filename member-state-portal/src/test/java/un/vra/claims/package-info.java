/** Rules over the Member States' portal: what of the EJB module it may use. */
package un.vra.claims;
