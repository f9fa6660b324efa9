/** The registry of national law: each Member State's entry on DNA evidence, paternity, support orders and contacts. */
package un.vra.claims.statelaw;
