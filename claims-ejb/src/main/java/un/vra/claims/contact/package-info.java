/** The UN's contact log with each claimant and the consents she gave or withdrew: UN only, append-only. */
package un.vra.claims.contact;
