/** Legacy import of claims from CSV: reading, validating and building each claim's timeline from its dates. */
package un.vra.claims.imports;
